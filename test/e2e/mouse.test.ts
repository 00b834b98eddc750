// Issue 12, feature 7, in a real terminal: the mouse, only when asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../helpers/articles.js';
import type { TerminalSession } from './harness.js';
import { readingPaneTop, SEED_TITLE, startQuoted, statusBar } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
const MOUSE_OFF = '\u001b[?1000l\u001b[?1006l';
/** An SGR mouse report at 0-based cell (x, y). */
const report = (button: number, x: number, y: number) => `\u001b[<${button};${x + 1};${y + 1}M`;

async function open(args: string[], cols = 120, rows = 40, env: NodeJS.ProcessEnv = {}): Promise<TerminalSession> {
  const s = (session = startQuoted([...args, SEED_ARTICLE], { cols, rows, env }));
  await s.waitForFrame(SEED_TITLE);
  await s.settle(100);
  return s;
}

describe('the mouse', () => {
  it('is off by default', async () => {
    const s = await open([]);
    expect(s.raw).not.toContain(MOUSE_ON);
  });

  it('with --mouse at 120x40: the wheel scrolls the text, a click on a section goes there, a click on a person filters, and q turns it off', async () => {
    const s = await open(['--mouse']);
    expect(s.raw).toContain(MOUSE_ON);
    const top = readingPaneTop(s, 1);
    await s.press(report(65, 60, 10));
    expect(readingPaneTop(s, 1)).not.toBe(top);
    // The contents: border, title, then 1 Introduction, 2 Escalating conflict, 3 NATO welcomes… on rows 2, 3, 4.
    await s.press(report(0, 5, 4));
    await s.waitFor(() => statusBar(s).includes('§3/4'));
    expect(readingPaneTop(s, 1)).toContain('NATO welcomes more US troops');
    // People: border, title, "People", then Jen Psaki on row 3.
    await s.press(report(0, 110, 3));
    await s.waitFor(() => statusBar(s).includes('filter: Jen Psaki'));
    expect(statusBar(s)).not.toContain('not a key');
    s.write('q');
    await s.waitForExit();
    expect(s.raw.lastIndexOf(MOUSE_OFF)).toBeGreaterThan(s.raw.lastIndexOf(MOUSE_ON));
  });

  it('with QUOTED_MOUSE=1 at 80x24: the wheel scrolls, and a click on a person shown over the text filters', async () => {
    const s = await open([], 80, 24, { QUOTED_MOUSE: '1' });
    expect(s.raw).toContain(MOUSE_ON);
    const top = readingPaneTop(s, 1);
    await s.press(report(65, 40, 10));
    expect(readingPaneTop(s, 1)).not.toBe(top);
    await s.press('p');
    await s.press(report(0, 70, 3));
    await s.waitFor(() => statusBar(s).includes('filter: Jen Psaki'));
  });
});
