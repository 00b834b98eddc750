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

/**
 * The reader on the seed article, once its first frame is up and, where the
 * people panel is docked, the quotes found right after it are in.
 */
export async function openSeed(options: Omit<SpawnOptions, 'args'> = {}): Promise<TerminalSession> {
  const session = startQuoted([SEED_ARTICLE], options);
  await session.waitForFrame(SEED_TITLE);
  await session.waitFor((screen) => !screen.includes(FINDING_QUOTES));
  await session.settle(100);
  return session;
}

/** The people panel's title while the quotes are being found. */
export const FINDING_QUOTES = 'Speakers (…)';

/** Text rows of columns [from, to), borders removed, blank rows dropped. */
export function textRows(session: TerminalSession, from: number, to: number): string[] {
  return session
    .region(from, to)
    .map((row) => row.replace(BORDER, ' ').replace(/\s+/g, ' ').trim())
    .filter((row) => row !== '');
}

const VERTICAL = /[│┃║]/;

/**
 * The panes side by side, found by their borders: a column that holds a
 * vertical line on most rows is a pane edge. Without borders the whole width
 * is one pane.
 */
export function paneColumns(session: TerminalSession): [number, number][] {
  const cols = session.term.cols;
  const edges: number[] = [];
  for (let x = 0; x < cols; x++) {
    // Leave out the top and bottom rows: borders' corners and the status bar.
    const cells = session.column(x).slice(1, -2);
    const hits = cells.filter((c) => VERTICAL.test(c)).length;
    if (cells.length > 0 && hits >= cells.length * 0.6) edges.push(x);
  }
  const panes: [number, number][] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    if (edges[i + 1] - edges[i] > 1) panes.push([edges[i] + 1, edges[i + 1]]);
  }
  return panes.length > 0 ? panes : [[0, cols]];
}

/** The text of the TOC, reading pane and people panel (left, middle, right), above the status bar. */
export function panes(session: TerminalSession): { left: string; middle: string; right: string } {
  const found = paneColumns(session);
  const text = ([from, to]: [number, number]) => textRows(session, from, to).slice(0, -1).join('\n');
  if (found.length === 3) return { left: text(found[0]), middle: text(found[1]), right: text(found[2]) };
  // One pane (or an unexpected layout): everything counts as the reading pane.
  return { left: '', middle: text(found.length === 1 ? found[0] : [0, session.term.cols]), right: '' };
}

/** The bottom row that has text: the status bar. */
export function statusBar(session: TerminalSession): string {
  const rows = session.lines().filter((row) => row.trim() !== '');
  return rows[rows.length - 1] ?? '';
}

/** The first rows of text in the reading pane. */
export function readingPaneTop(session: TerminalSession, count = 2): string {
  return panes(session).middle.split('\n').slice(0, count).join('\n');
}

/** From the people panel (focused with Tab, or shown with p when narrow), filter to `name`. */
export async function filterTo(s: TerminalSession, name: string): Promise<void> {
  await s.press(s.term.cols >= 100 ? '\t' : 'p');
  for (let i = 0; i < 30 && !s.screen().includes(`›${name}`); i++) await s.press('j');
  s.write('\r');
  await s.waitFor(() => statusBar(s).includes(`filter: ${name}`));
  await s.settle(80);
}
