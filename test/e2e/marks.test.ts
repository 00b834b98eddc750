// Issue 12, defects 1 and 2, in a real terminal: the current quote is drawn
// apart from the others (with and without colour), and quotes do not look
// like headings.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { openSeed, paneColumns, panes, statusBar } from './reader.js';
import { styledRuns, textWhere } from './cells.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

/** Open the seed and filter to Jens Stoltenberg from the people panel. */
async function filtered(env: NodeJS.ProcessEnv, cols = 120, rows = 40): Promise<TerminalSession> {
  const s = (session = await openSeed({ env, cols, rows }));
  await s.press(cols >= 100 ? KEYS.tab : 'p');
  for (let i = 0; i < 30 && !/›Jens Stoltenberg/.test(s.screen()); i++) await s.press('j');
  s.write(KEYS.enter);
  await s.waitFor(() => statusBar(s).includes('filter: Jens Stoltenberg'));
  await s.settle(80);
  return s;
}

/** The reading pane's columns. */
function reader(s: TerminalSession): [number, number] {
  const found = paneColumns(s);
  return found.length === 3 ? found[1] : found[0];
}

describe('the current quote (defect 1)', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`without colour, n marks one quote inverse and moves the mark (${cols}x${rows})`, async () => {
      const s = await filtered({ NO_COLOR: '1', FORCE_COLOR: undefined }, cols, rows);
      const [from, to] = reader(s);
      const inverse = () => textWhere(s, (c) => c.inverse, from, to).filter((t) => !/filter:|help/.test(t));
      expect(inverse()).toEqual([]);
      await s.press('n');
      await s.waitFor(() => /said 1\//.test(statusBar(s)));
      const first = inverse().join(' ');
      expect(first.length).toBeGreaterThan(5);
      // The other quotes are marked too, but not the same way.
      const underlined = textWhere(s, (c) => c.underline && !c.inverse, from, to);
      expect(underlined.length).toBeGreaterThan(0);
      await s.press('n');
      await s.waitFor(() => /said 2\//.test(statusBar(s)));
      const second = inverse().join(' ');
      expect(second.length).toBeGreaterThan(5);
      expect(second).not.toBe(first);
      // And it is on screen: n scrolls it into view.
      expect(panes(s).middle.replace(/\s+/g, ' ')).toContain(second.split(' ').slice(0, 3).join(' '));
    });
  }

  it('in colour, the current quote has its own background', async () => {
    const s = await filtered({ FORCE_COLOR: '1', NO_COLOR: undefined });
    const [from, to] = reader(s);
    await s.press('n');
    await s.waitFor(() => /said 1\//.test(statusBar(s)));
    const runs = styledRuns(s, from, to).filter((r) => r.text.trim() !== '');
    const withBg = runs.filter((r) => r.cell.bg !== -1);
    expect(withBg.length).toBeGreaterThan(0);
    const quoteStyles = new Set(runs.filter((r) => r.cell.fg !== -1 && !r.cell.bold && r.cell.bg === -1).map((r) => r.style));
    for (const r of withBg) expect(quoteStyles.has(r.style)).toBe(false);
  });
});

describe('quotes and headings (defect 2)', () => {
  it('in colour, a heading is drawn in another colour than a direct quote', async () => {
    const s = await filtered({ FORCE_COLOR: '1', NO_COLOR: undefined });
    const [from, to] = reader(s);
    const runs = styledRuns(s, from, to);
    const heading = runs.find((r) => r.text.includes('NATO welcomes more US troops'));
    expect(heading, 'the section heading is on screen').toBeDefined();
    // A direct quote of his: bold and coloured, not a heading.
    const quote = runs.find((r) => r.cell.bold && r.cell.fg !== -1 && r.text.trim().length > 20 && r !== heading && !/NATO welcomes|Dismissive/.test(r.text));
    expect(quote, 'a direct quote is on screen').toBeDefined();
    expect(quote!.style).not.toBe(heading!.style);
  });
});

describe('keys in a focused list (defect 6)', () => {
  it('G in the contents selects the last section and leaves the article at the top', async () => {
    const s = (session = await openSeed({ env: { NO_COLOR: '1', FORCE_COLOR: undefined } }));
    await s.press(KEYS.shiftTab);
    const top = panes(s).middle.split('\n')[0];
    await s.press('G');
    const [toc] = paneColumns(s);
    // The focused pane's title is inverse too: the selection is the run after it.
    const selected = () =>
      textWhere(s, (c) => c.inverse, toc[0], toc[1])
        .slice(1)
        .join(' ');
    expect(selected()).toMatch(/^4 EU plans/);
    expect(panes(s).middle.split('\n')[0]).toBe(top);
    await s.press('g');
    expect(selected()).toMatch(/^▸1 Introduction/);
  });
});

describe('from a quote to its place (feature 1)', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`Enter on the current quote opens the whole article at it, the quote still marked (${cols}x${rows})`, async () => {
      const s = await filtered({ NO_COLOR: '1', FORCE_COLOR: undefined }, cols, rows);
      await s.press('n');
      await s.press('n');
      await s.waitFor(() => /said 2\//.test(statusBar(s)));
      const [from, to] = reader(s);
      const marked = textWhere(s, (c) => c.inverse, from, to)
        .filter((t) => !/filter:|help/.test(t))
        .join(' ');
      s.write(KEYS.enter);
      await s.waitFor(() => !statusBar(s).includes('filter:'));
      await s.settle(80);
      const after = textWhere(s, (c) => c.inverse, ...reader(s))
        .filter((t) => !/help|§/.test(t))
        .join(' ');
      expect(after.split(' ').slice(0, 4)).toEqual(marked.split(' ').slice(0, 4));
      // The article is whole again: Psaki's words are back within a page or two.
      s.write('g');
      await s.waitFor(() => panes(s).middle.includes('Psaki'));
    });
  }
});
