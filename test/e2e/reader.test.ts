// The reader in a real 120x40 terminal, driven by the keys that its help lists.
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/pipeline.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { readFileSync } from 'node:fs';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { openSeed, panes, readingPaneTop, SEED_TITLE, statusBar } from './reader.js';

const seed = buildModel(readFileSync(SEED_ARTICLE, 'utf8'));
const SECTION = (n: number) => seed.sections[n - 1].title as string;

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

async function open(): Promise<TerminalSession> {
  session = await openSeed();
  return session;
}

const atTop = (s: TerminalSession, heading: string) => () => readingPaneTop(s).includes(heading);

describe('the reader on the seed article', () => {
  it('shows the title, the 4 sections in the TOC and Jens Stoltenberg among the people', async () => {
    const s = await open();
    expect(s.inAltScreen()).toBe(true);
    const { left, middle, right } = panes(s);
    expect(middle.split('\n')[0]).toBe(SEED_TITLE);
    for (const n of [2, 3, 4]) expect(left).toContain(SECTION(n).split(' ').slice(0, 2).join(' '));
    expect(left).toMatch(/\b1\b/);
    expect(left).toMatch(/\b4\b/);
    expect(right).toContain('Jens Stoltenberg');
    expect(statusBar(s)).toContain('h help');
  });

  it('3 brings section 3 to the top of the reading pane', async () => {
    const s = await open();
    expect(readingPaneTop(s)).not.toContain(SECTION(3));
    s.write('3');
    await s.waitFor(atTop(s, SECTION(3)));
  });

  it('draws frames as tall as the screen, the status bar on the last row, and never clears the screen to redraw', async () => {
    const s = await open();
    expect(s.lines()[s.term.rows - 1]).toContain('§1/4');
    const before = s.raw.length;
    for (const key of ['j', ' ', 'G', 'g', '3']) await s.press(key);
    // Ink clears the screen (ESC[2J) before a frame as tall as the terminal it knows of, which flickers.
    expect(s.raw.length).toBeGreaterThan(before);
    expect(s.raw.slice(before)).not.toContain('\u001b[2J');
    expect(s.lines()[s.term.rows - 1]).toContain('§3/4');
    expect(s.lines()[0]).toMatch(/^╭/);
  });

  it('] goes to the next section, twice from the top to section 3, and [ back', async () => {
    const s = await open();
    s.write(']');
    await s.waitFor(atTop(s, SECTION(2)));
    s.write(']');
    await s.waitFor(atTop(s, SECTION(3)));
    s.write('[');
    await s.waitFor(atTop(s, SECTION(2)));
  });

  it('/ searches, reports match i/k and n moves to the next match', async () => {
    const s = await open();
    const k = seed.sections
      .flatMap((sec) => [sec.title ?? '', ...sec.paragraphs])
      .join('\n')
      .match(/belarus/gi)!.length;
    await s.press('/');
    await s.press('Belarus');
    s.write(KEYS.enter);
    await s.waitFor(() => statusBar(s).includes(`match 1/${k}`));
    expect(readingPaneTop(s, 40)).toContain('Belarus');
    s.write('n');
    await s.waitFor(() => statusBar(s).includes(`match 2/${k}`));
  });

  it('applies every key of a burst typed ahead while it was busy', async () => {
    const s = await open();
    // A terminal hands keys typed faster than the program reads them over in one read.
    s.write(']]');
    await s.waitFor(atTop(s, SECTION(3)), 3_000);
  });

  it('h shows every key in the help overlay, and any key closes it', async () => {
    const s = await open();
    s.write('h');
    // The status bar is the frame's last row: once it says so, the whole help is drawn.
    await s.waitFor('any key closes the help');
    const help = s.screen();
    for (const key of ['q', 'Tab', 'Space', 'PgUp', 'Home', 'End', 'Enter', 'Esc', '/', ']', '[']) expect(help).toContain(key);
    for (const ctrl of ['C', 'F', 'B', 'D', 'U']) expect(help).toMatch(new RegExp(`(Ctrl-|\\^|C-)${ctrl}`, 'i'));
    s.write('x');
    await s.waitFor((screen) => !/PgDn/i.test(screen) && screen.includes(seed.title!));
  });

  it('filters to a speaker from the people panel, and Esc restores the full text', async () => {
    const s = await open();
    const person = seed.people.find((p) => p.name === 'Jens Stoltenberg');
    expect(person, 'the quote engine finds Jens Stoltenberg').toBeDefined();
    await s.press(KEYS.tab);
    // Walk the people list until the filter names him.
    for (let i = 0; i < seed.people.length && !statusBar(s).includes('filter: Jens Stoltenberg'); i++) {
      if (i > 0) {
        s.write(KEYS.escape);
        await s.waitFor(() => !statusBar(s).includes('filter:'));
        await s.press('j');
      }
      s.write(KEYS.enter);
      await s.waitFor(() => statusBar(s).includes('filter:'));
    }
    // The status bar gives the counts the panel and --people give: quotes and reported statements apart.
    const status = statusBar(s).match(/filter: Jens Stoltenberg \((\d+) quotes?, (\d+) reported\)/);
    expect(status, statusBar(s)).not.toBeNull();
    expect([Number(status![1]), Number(status![2])]).toEqual([person!.quotes, person!.reported]);
    expect(panes(s).right).toContain(`${person!.quotes}q ${person!.reported}r`);
    const { middle } = panes(s);
    expect(middle).toContain('Stoltenberg');
    expect(middle).not.toContain('Psaki');
    s.write(KEYS.escape);
    await s.waitFor(() => !statusBar(s).includes('filter:'));
    s.write('g');
    await s.waitFor(() => panes(s).middle.includes('Psaki'));
  });
});

describe('the reader when the terminal is resized', () => {
  it('lays out again at 70x20, as it would have started at that size', async () => {
    const fresh = await openSeed({ cols: 70, rows: 20 });
    let expected: string;
    try {
      await fresh.settle(200);
      expected = fresh.screen();
    } finally {
      fresh.dispose();
    }
    const s = await open();
    s.resize(70, 20);
    // The frames in between depend on timing; the one it settles on does not.
    await s.waitFor(() => s.screen() === expected).catch(() => undefined);
    const resized = s.screen();
    expect(resized).toBe(expected);
    // Under 100 columns the people panel folds away.
    expect(resized).not.toContain('Jens Stoltenberg');
  });
});
