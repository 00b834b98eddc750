// Issue 12, defects 7 and 8, in a real terminal: numbered rows, help and
// search in the library, and titles that keep their room.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { startQuoted, statusBar } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

async function library(cols: number, rows: number): Promise<TerminalSession> {
  const s = (session = startQuoted([], { cols, rows }));
  await s.waitFor('articles in');
  await s.waitFor((screen) => !/\.txt/.test(screen));
  return s;
}

describe('the library in a terminal', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`numbers the rows on screen; after G, 1 opens the row numbered 1 (${cols}x${rows})`, async () => {
      const s = await library(cols, rows);
      await s.press('G');
      await s.waitFor((screen) => !/\.txt/.test(screen));
      const row1 = s.lines().find((l) => /^.?1 \S/.test(l))!;
      expect(row1, s.screen()).toBeDefined();
      const title = row1.replace(/^.?1 /, '').slice(0, 20);
      s.write('1');
      await s.waitFor(() => /§\d/.test(statusBar(s)));
      expect(s.screen()).toContain(title);
    });

    it(`h shows the library's keys, / finds an article (${cols}x${rows})`, async () => {
      const s = await library(cols, rows);
      await s.press('h');
      await s.waitFor('open the row numbered N on screen');
      await s.press('x');
      await s.waitFor('articles in');
      await s.press('/');
      await s.press('boat');
      s.write(KEYS.enter);
      await s.waitFor(() => (s.lines().find((l) => l.includes('›')) ?? '').includes('boat fire'));
    });
  }

  it('at 40 columns the titles keep the room', async () => {
    const s = await library(40, 20);
    const rows = s.lines().filter((l) => /^.?\d /.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).not.toMatch(/people|quoted/);
  });

  for (const [cols, rows] of [
    [140, 40],
    [80, 24],
  ] as const) {
    it(`quoted DIR lists any folder's text, Markdown and HTML articles, with their outlet when there is room (${cols}x${rows})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'quoted-dir-'));
      writeFileSync(join(dir, 'a.txt'), 'Plain title here\n\nBy Ann Lee | Daily Planet\n\n"It works," said Bo Chen.\n');
      writeFileSync(join(dir, 'b.md'), '---\ntitle: Markdown title here\nsource: Weekly Star\n---\n\n"Yes," said Di Fox.\n');
      writeFileSync(
        join(dir, 'c.html'),
        '<html><head><title>HTML title here</title></head><body><article><h1>HTML title here</h1><p>"Indeed," said Ed Roe, who spoke at length about the plans for the new bridge.</p></article></body></html>',
      );
      writeFileSync(join(dir, 'notes.bin'), 'not listed');
      const s = (session = startQuoted([dir], { cols, rows }));
      await s.waitFor(`3 articles in ${dir}`);
      await s.waitFor((screen) => ['Plain title here', 'Markdown title here', 'HTML title here'].every((t) => screen.includes(t)));
      if (cols >= 140) expect(s.screen()).toContain('Weekly Star');
      s.write('2');
      await s.waitFor(() => /§\d/.test(statusBar(s)));
      expect(s.screen()).toContain('Markdown title here');
    });
  }
});

describe('a large folder', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`of 500 articles shows its first screen at once and answers keys while the summaries fill in (${cols}x${rows})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'quoted-500-'));
      const body = (i: number) =>
        `Council votes on budget number ${i}\n\nBy Ann Lee\n\n"We will not raise taxes," said the mayor, Bo Chen, on Tuesday.\n\n` +
        'The council met for three hours. Residents asked about the roads, the schools and the parks.\n'.repeat(20);
      for (let i = 0; i < 500; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), body(i));
      const s = (session = startQuoted([dir], { cols, rows }));
      await s.waitFor('500 articles in', 5_000);
      // Keys move the selection at once, whatever the worker is doing.
      for (const key of ['j', 'j', 'G', 'g']) {
        const at = performance.now();
        await s.press(key, { quietMs: 20 });
        expect(performance.now() - at, key).toBeLessThan(1_000);
      }
      await s.waitFor((screen) => screen.includes('budget number 0 ') && screen.includes('budget number 5 '), 20_000);
    });
  }
});
