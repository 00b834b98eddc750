// Frames as tall as the terminal. Ink clears the whole screen before every
// frame that fills the terminal (a flicker on each key), so Ink is told the
// terminal has one row more than it has: its frames, one row short of that,
// fill the real screen. What Ink writes is then fitted to the alternate
// screen: each frame starts from the top-left corner instead of erasing the
// last frame line by line, and loses the newline after its last row, which
// would scroll the whole screen up by one. Where the terminal allows
// (screen/redraw-mode.ts), a frame after a known one is written as only
// what changed (screen/shown-screen.ts).
import { redrawMode } from './screen/redraw-mode.js';
import type { ScreenRow } from './screen/rows.js';
import { ShownScreen } from './screen/shown-screen.js';

const SYNC_START = '\u001b[?2026h';
const SYNC_END = '\u001b[?2026l';
// ansi-escapes' eraseLines(n): erase a line and move up, n-1 times, then erase and go to column 1.
const ERASE_LINES = /^(?:\u001b\[2K\u001b\[1A)*\u001b\[2K\u001b\[G/;
const HOME_AND_CLEAR_BELOW = '\u001b[H\u001b[J';
// Writes of Ink's that leave the screen's cells as they are: the cursor hidden or shown, the flush at exit.
const KEEPS_CELLS = new Set(['', '\u001b[?25l', '\u001b[?25h']);

/** One write of Ink's, fitted to a full-height frame. */
export function fitFrameWrite(data: string): string {
  const { head, text, tail } = split(data);
  let body = text.replace(ERASE_LINES, HOME_AND_CLEAR_BELOW);
  if (body.endsWith('\n')) body = body.slice(0, -1);
  return head + body + tail;
}

/** A write without the synchronized-update marks around it. */
function split(data: string): { head: string; text: string; tail: string } {
  let text = data;
  let head = '';
  let tail = '';
  if (text.startsWith(SYNC_START)) [head, text] = [SYNC_START, text.slice(SYNC_START.length)];
  if (text.endsWith(SYNC_END)) [tail, text] = [SYNC_END, text.slice(0, -SYNC_END.length)];
  return { head, text, tail };
}

/** The last frame written, whole, and where, for Ctrl-L. */
let lastFrame: { stdout: NodeJS.WriteStream; text: string; rows: ScreenRow[] | null; cols: number } | null = null;
let screen = new ShownScreen('full');
const watched = new WeakSet<NodeJS.WriteStream>();

/** Ctrl-L: clear the screen and draw the last frame again (a no-op outside a full-screen run). */
export function repaint(): void {
  if (!lastFrame) return;
  const body = lastFrame.text.replace(SYNC_START, '').replace(SYNC_END, '').replace(HOME_AND_CLEAR_BELOW, '');
  lastFrame.stdout.write(`${SYNC_START}\u001b[H\u001b[2J${body}${SYNC_END}`);
  screen.drewWhole(lastFrame.cols === lastFrame.stdout.columns ? lastFrame.rows : null, lastFrame.cols);
}

/** A write of Ink's as it goes to the terminal: fitted, and as a frame only what changed. */
function frameWrite(stdout: NodeJS.WriteStream, data: string): string {
  const fitted = fitFrameWrite(data);
  if (fitted === SYNC_START || fitted === SYNC_END) screen.sync(fitted === SYNC_START);
  if (fitted === SYNC_START || fitted === SYNC_END || KEEPS_CELLS.has(fitted)) return fitted;
  const parts = split(fitted);
  const { head, tail } = parts;
  let text = parts.text;
  const first = !lastFrame && text.includes('\n');
  // Ink's first frame has nothing to erase: drawn from the top of a cleared screen too, it is known as the others.
  if (first && screen.mode !== 'full' && !text.startsWith(HOME_AND_CLEAR_BELOW)) text = HOME_AND_CLEAR_BELOW + text;
  if (!text.startsWith(HOME_AND_CLEAR_BELOW)) {
    if (first) lastFrame = { stdout, text: fitted, rows: null, cols: stdout.columns };
    // Anything else Ink writes (console output, say) is drawn wherever it lands.
    screen.forget();
    return fitted;
  }
  const cols = stdout.columns;
  const rows = screen.read(text.slice(HOME_AND_CLEAR_BELOW.length), cols, stdout.rows || 24);
  lastFrame = { stdout, text: head + text + tail, rows, cols };
  return head + screen.frame(text, rows, cols) + tail;
}

/** `stdout` as Ink should see it: a row taller, its writes fitted (see above). */
export function fullHeightStdout(stdout: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): NodeJS.WriteStream {
  screen = new ShownScreen(redrawMode(env));
  lastFrame = null;
  if (!watched.has(stdout)) {
    watched.add(stdout);
    // A resized terminal may have cut or moved what it showed.
    stdout.on('resize', () => screen.forget());
  }
  const write = (data: string | Uint8Array, ...rest: unknown[]) => {
    const out = typeof data === 'string' ? frameWrite(stdout, data) : data;
    if (typeof data !== 'string') screen.forget();
    return (stdout.write as (...args: unknown[]) => boolean)(out, ...rest);
  };
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'rows') return (target.rows || 24) + 1;
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
