// Starting the built quoted in a terminal, and reading the reader's panes off
// the screen: the TOC on the left, the reading pane in the middle, the people
// on the right, the status bar at the bottom.
import { CLI, ROOT, SEED_ARTICLE } from '../helpers/articles.js';
import { spawnTerminal, type SpawnOptions, type TerminalSession } from './harness.js';

export const SEED_TITLE = 'White House Dismissive of Putin - Xi Meeting';

/** Box-drawing and block characters that panes draw their borders with. */
const BORDER = /[\u2500-\u259f│┃|]/g;

export function startQuoted(args: string[], options: Omit<SpawnOptions, 'args'> = {}): TerminalSession {
  return spawnTerminal({ cwd: ROOT, ...options, args: [CLI, ...args] });
}

/** The reader on the seed article, once its first frame is up. */
export async function openSeed(options: Omit<SpawnOptions, 'args'> = {}): Promise<TerminalSession> {
  const session = startQuoted([SEED_ARTICLE], options);
  await session.waitFor(SEED_TITLE);
  await session.settle(100);
  return session;
}

/** Text rows of columns [from, to), borders removed, blank rows dropped. */
export function textRows(session: TerminalSession, from: number, to: number): string[] {
  return session
    .region(from, to)
    .map((row) => row.replace(BORDER, ' ').replace(/\s+/g, ' ').trim())
    .filter((row) => row !== '');
}

/** The left, middle and right thirds of the screen, above the status bar. */
export function thirds(session: TerminalSession): { left: string; middle: string; right: string } {
  const cols = session.term.cols;
  const rows = (from: number, to: number) => textRows(session, from, to).slice(0, -1).join('\n');
  return {
    left: rows(0, Math.floor(cols / 3)),
    middle: rows(Math.floor(cols / 3), Math.floor((2 * cols) / 3)),
    right: rows(Math.floor((2 * cols) / 3), cols),
  };
}

/** The bottom row that has text: the status bar. */
export function statusBar(session: TerminalSession): string {
  const rows = session.lines().filter((row) => row.trim() !== '');
  return rows[rows.length - 1] ?? '';
}

/** The first rows of text in the reading pane (the middle of the screen). */
export function readingPaneTop(session: TerminalSession, count = 2): string {
  const cols = session.term.cols;
  // The pane may be wider than the middle third; read from the end of the TOC
  // to the start of the people panel, roughly a quarter in from each side.
  return textRows(session, Math.floor(cols / 4), Math.ceil((3 * cols) / 4))
    .slice(0, count)
    .join('\n');
}
