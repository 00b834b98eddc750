// Issue 12, defects 9 and 10, in a real terminal: side panes wide enough to
// read, and the last row of the terminal in use.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildModel } from '../../src/pipeline.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import type { TerminalSession } from './harness.js';
import { openSeed, panes } from './reader.js';

const seed = buildModel(readFileSync(SEED_ARTICLE, 'utf8'));
let session: TerminalSession | null = null;
afterEach(() => session?.dispose());
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('side panes at 120x40 (defect 9)', () => {
  it("show the seed's four section titles and its speakers' full names without a key", async () => {
    const s = (session = await openSeed());
    const { left, right } = panes(s);
    for (const section of seed.sections) if (section.title) expect(flat(left)).toContain(section.title);
    for (const person of seed.people) expect(flat(right), person.name).toContain(person.name);
  });

  it('at 80x24 the people shown over the text have their full names too', async () => {
    const s = (session = await openSeed({ cols: 80, rows: 24 }));
    await s.press('p');
    const screen = flat(s.screen());
    for (const person of seed.people.filter((p) => p.type === 'person').slice(0, 5)) expect(screen, person.name).toContain(person.name);
  });
});

describe('the whole screen (defect 10)', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`uses the last row, and at G the ▸ and the status bar name the last section (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      expect(s.lines()[rows - 1]).toMatch(/§1\/4/);
      await s.press('G');
      expect(s.lines()[rows - 1]).toMatch(/§4\/4/);
      if (cols >= 100) expect(panes(s).left).toMatch(/▸4 EU plans/);
    });
  }

  it('shows the items of a Markdown list without blank lines between them', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'quoted-md-')), 'list.md');
    writeFileSync(file, '# A list\n\nBefore the list.\n\n- one\n- two\n- three\n\nAfter it.\n');
    const { startQuoted } = await import('./reader.js');
    const s = (session = startQuoted([file]));
    await s.waitFor('After it.');
    const rows = panes(s).middle.split('\n');
    const at = rows.indexOf('• one');
    expect(rows.slice(at, at + 3)).toEqual(['• one', '• two', '• three']);
  });
});
