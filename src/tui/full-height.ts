// Frames as tall as the terminal. Ink clears the whole screen before every
// frame that fills the terminal (a flicker on each key), so Ink is told the
// terminal has one row more than it has: its frames, one row short of that,
// fill the real screen. What Ink writes is then fitted to the alternate
// screen: each frame starts from the top-left corner instead of erasing the
// last frame line by line, and loses the newline after its last row, which
// would scroll the whole screen up by one.
const SYNC_START = '\u001b[?2026h';
const SYNC_END = '\u001b[?2026l';
// ansi-escapes' eraseLines(n): erase a line and move up, n-1 times, then erase and go to column 1.
const ERASE_LINES = /^(?:\u001b\[2K\u001b\[1A)*\u001b\[2K\u001b\[G/;
const HOME_AND_CLEAR_BELOW = '\u001b[H\u001b[J';

/** One write of Ink's, fitted to a full-height frame. */
export function fitFrameWrite(data: string): string {
  let text = data;
  let head = '';
  let tail = '';
  if (text.startsWith(SYNC_START)) [head, text] = [SYNC_START, text.slice(SYNC_START.length)];
  if (text.endsWith(SYNC_END)) [tail, text] = [SYNC_END, text.slice(0, -SYNC_END.length)];
  text = text.replace(ERASE_LINES, HOME_AND_CLEAR_BELOW);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return head + text + tail;
}

/** The last frame written, and where, for Ctrl-L. */
let lastFrame: { stdout: NodeJS.WriteStream; text: string } | null = null;

/** Ctrl-L: clear the screen and draw the last frame again (a no-op outside a full-screen run). */
export function repaint(): void {
  if (!lastFrame) return;
  const body = lastFrame.text.replace(SYNC_START, '').replace(SYNC_END, '').replace(HOME_AND_CLEAR_BELOW, '');
  lastFrame.stdout.write(`${SYNC_START}\u001b[H\u001b[2J${body}${SYNC_END}`);
}

/** `stdout` as Ink should see it: a row taller, its writes fitted (see above). */
export function fullHeightStdout(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  const write = (data: string | Uint8Array, ...rest: unknown[]) => {
    const fitted = typeof data === 'string' ? fitFrameWrite(data) : data;
    if (typeof fitted === 'string' && (fitted.includes(HOME_AND_CLEAR_BELOW) || (!lastFrame && fitted.includes('\n')))) lastFrame = { stdout, text: fitted };
    return (stdout.write as (...args: unknown[]) => boolean)(fitted, ...rest);
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
