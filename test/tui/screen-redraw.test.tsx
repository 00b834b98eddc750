// Issue 14, item 3: a frame after a known one is written as what changed.
// Whatever redraw() writes, applied to a terminal showing the last frame,
// must leave it in the very state a full redraw of the next frame leaves a
// terminal in: every cell, every style, the cursor. Checked in a headless
// xterm on the reader's own frames and on random ones.
import { cleanup } from 'ink-testing-library';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, test } from 'vitest';
import { parseFrame, parseRow, type ScreenRow } from '../../src/tui/screen/rows.js';
import { redraw } from '../../src/tui/screen/redraw.js';
import { redrawMode } from '../../src/tui/screen/redraw-mode.js';
import { feed, firstDifference, headless, screenState, screenText } from '../helpers/xterm-screen.js';
import { KEY, renderReader } from './render.js';

afterEach(() => cleanup());

const WHOLE = '\u001b[H\u001b[J';

interface Replay {
  /** Bytes each frame after the first took. */
  sizes: number[];
  /** How many of them set a scroll region. */
  scrolls: number;
}

/**
 * Draw `frames` one after another into two terminals, whole into one and
 * through redraw() into the other, and compare them after each frame.
 */
async function replay(frames: string[], cols: number, height: number, scroll = true): Promise<Replay> {
  const whole = headless(cols, height);
  const diffed = headless(cols, height);
  const result: Replay = { sizes: [], scrolls: 0 };
  let shown: ScreenRow[] | null = null;
  try {
    for (const [i, frame] of frames.entries()) {
      const rows = parseFrame(frame.split('\n'));
      expect(rows, `frame ${i} is modelled`).not.toBeNull();
      let code = WHOLE + frame;
      if (shown) {
        const redrawn = redraw(shown, rows!, { cols, scroll });
        code = redrawn.code;
        result.sizes.push(Buffer.byteLength(code));
        if (redrawn.scrolls) result.scrolls++;
      }
      await Promise.all([feed(whole, WHOLE + frame), feed(diffed, code)]);
      const [want, got] = [screenState(whole), screenState(diffed)];
      if (got.join('\n') !== want.join('\n')) {
        throw new Error(`frame ${i}: ${firstDifference(got, want)}\nredrawn:\n${screenText(diffed).join('\n')}\nwhole:\n${screenText(whole).join('\n')}`);
      }
      shown = rows;
    }
  } finally {
    whole.dispose();
    diffed.dispose();
  }
  return result;
}

/** The reader's frames (in colour) after each of `keys`, at `columns` x `rows`. */
async function readerFrames(columns: number, rows: number, keys: string[]): Promise<string[]> {
  const r = await renderReader(undefined, { columns, rows, color: true });
  const frames = [r.lastFrame()!];
  for (const key of keys) {
    await r.press(key);
    if (r.lastFrame() !== frames.at(-1)) frames.push(r.lastFrame()!);
  }
  return frames;
}

const READING = ['j', 'j', 'j', 'k', ' ', 'b', 'd', 'u', 'G', 'k', 'k', 'g', ']', ']', '[', '/', 'Putin', KEY.enter, 'n', 'n', 'N', KEY.escape];
const PANES = [KEY.tab, 'j', 'j', KEY.enter, 'n', 'j', KEY.escape, KEY.tab, KEY.tab, 't', 'j', 'j', 'p', 'j', ' ', 'k', 't', 'p'];

describe("the reader's frames, redrawn by their changes", () => {
  for (const [columns, rows, keys] of [
    [120, 40, [...READING, ...PANES]],
    [80, 24, READING],
  ] as const) {
    test(`at ${columns}x${rows} leave the screen a full redraw leaves`, async () => {
      const frames = await readerFrames(columns, rows, [...keys]);
      expect(frames.length).toBeGreaterThan(keys.length * 0.7);
      const { sizes } = await replay(frames, columns, rows - 1);
      // And they are smaller: no frame costs more than drawing it whole.
      for (const [i, size] of sizes.entries()) expect(size).toBeLessThanOrEqual(Buffer.byteLength(WHOLE + frames[i + 1]));
    });
  }

  test('a line down in the reader alone scrolls the terminal and writes one row', async () => {
    const frames = await readerFrames(80, 25, ['j', 'j', 'j']);
    const scrolled = await replay(frames, 80, 24);
    const rowByRow = await replay(frames, 80, 24, false);
    expect(scrolled.scrolls).toBe(3);
    expect(rowByRow.scrolls).toBe(0);
    // One new row of text and the percent: far under the 1,000 bytes of issue 14.
    for (const size of scrolled.sizes) expect(size).toBeLessThan(250);
    for (const [i, size] of rowByRow.sizes.entries()) expect(size).toBeGreaterThan(4 * scrolled.sizes[i]);
  });
});

// Random frames: rows of simple and wide text in many styles, some full
// width, each next frame a band of the last moved up or down, rows changed,
// or a new frame.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['word', ' ', 'ab c', '│', '║', '─', '…', '“q”', '▸', '  ', 'Zoë', '—'];
const STYLES = ['', '1', '2', '1;36', '7', '33', '38;5;196', '48;5;22', '4', '90', '3', '9', '1;2', '38;2;1;2;3'];

function randomRow(next: () => number, cols: number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  if (next() < 0.1) return '';
  let row = '';
  let width = 0;
  while (width < cols && next() < 0.93) {
    let text = next() < 0.05 ? '中文' : pick(WORDS);
    const w = text === '中文' ? 4 : text.length;
    if (width + w > cols) text = ' '.repeat(cols - width);
    width += text === '中文' ? 4 : text.length;
    const style = pick(STYLES);
    row += style ? `\u001b[${style}m${text}\u001b[0m` : text;
  }
  return row;
}

function nextFrame(next: () => number, rows: string[], cols: number): string[] {
  const choice = next();
  const out = [...rows];
  if (choice < 0.45) {
    // A pane scrolled: a band of rows moves, new rows come in.
    const top = Math.floor(next() * (rows.length - 2));
    const bottom = top + 1 + Math.floor(next() * (rows.length - top - 1));
    const by = (next() < 0.5 ? 1 : -1) * (1 + Math.floor(next() * 3));
    for (let y = top; y <= bottom; y++) {
      const source = y + by;
      out[y] = source >= top && source <= bottom ? rows[source] : randomRow(next, cols);
    }
  } else if (choice < 0.9) {
    for (let n = Math.floor(next() * 4); n >= 0; n--) out[Math.floor(next() * rows.length)] = randomRow(next, cols);
  } else {
    return rows.map(() => randomRow(next, cols));
  }
  return out;
}

describe('random frames, redrawn by their changes', () => {
  test('leave the screen a full redraw leaves, at several sizes', async () => {
    for (let seed = 1; seed <= 16; seed++) {
      const next = random(seed);
      const cols = 10 + Math.floor(next() * 30);
      const height = 3 + Math.floor(next() * 10);
      let rows = Array.from({ length: height }, () => randomRow(next, cols));
      const frames = [rows.join('\n')];
      for (let i = 0; i < 10; i++) frames.push((rows = nextFrame(next, rows, cols)).join('\n'));
      await expect(replay(frames, cols, height), `seed ${seed}`).resolves.toBeDefined();
    }
  });
});

describe('rows this model cannot vouch for', () => {
  test('are left to a full redraw', () => {
    expect(parseRow('plain \u001b[1mbold\u001b[22m')).not.toBeNull();
    // An unknown code, another kind of escape, a style left on, a control character.
    expect(parseRow('\u001b[21mx\u001b[0m')).toBeNull();
    expect(parseRow('\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007')).toBeNull();
    expect(parseRow('\u001b[1mbold')).toBeNull();
    expect(parseRow('a\tb')).toBeNull();
    // Wide text is known only as a whole row.
    expect(parseRow('中文')).toMatchObject({ chars: null });
  });

  test('the terminals that get every frame whole', () => {
    expect(redrawMode({ TERM: 'xterm-256color' })).toBe('scroll');
    expect(redrawMode({ TERM: 'tmux-256color', QUOTED_REDRAW: 'rows' })).toBe('rows');
    expect(redrawMode({ TERM: 'xterm', QUOTED_REDRAW: 'full' })).toBe('full');
    for (const TERM of ['linux', 'dumb', '', undefined]) expect(redrawMode({ TERM })).toBe('full');
  });
});

describe('the stream Ink writes its frames to', () => {
  const SYNC = ['\u001b[?2026h', '\u001b[?2026l'];
  /** Ink's write of a frame of `rows` rows after one of as many: erase them all, draw, end on a newline. */
  const inkFrame = (rows: string[]) => `${'\u001b[2K\u001b[1A'.repeat(rows.length)}\u001b[2K\u001b[G${rows.join('\n')}\n`;
  const text = (first: string) => [first, ...Array.from({ length: 9 }, (_, i) => `line ${i} of the article, long enough to matter`)];

  function fakeStdout() {
    const written: string[] = [];
    const stdout = Object.assign(new EventEmitter(), {
      isTTY: true,
      columns: 60,
      rows: 10,
      write: (s: string) => written.push(s) > 0,
    }) as unknown as NodeJS.WriteStream;
    return { stdout, written };
  }

  /** Write one frame as Ink does (its synchronized-update marks apart), and what reached the terminal. */
  function draw(ink: NodeJS.WriteStream, written: string[], rows: string[]): string {
    written.length = 0;
    ink.write(SYNC[0]);
    ink.write(inkFrame(rows));
    ink.write(SYNC[1]);
    return written.join('');
  }

  test('gets a frame whole when the screen is not known, else only its changes', async () => {
    const { fullHeightStdout, repaint } = await import('../../src/tui/full-height.js');
    const { stdout, written } = fakeStdout();
    const ink = fullHeightStdout(stdout, { TERM: 'xterm-256color' });
    const isWhole = (out: string) => out.includes('\u001b[H\u001b[J') && out.includes('line 8');
    // Ink's first frame comes without an erase: it is drawn from the top-left corner of a cleared screen.
    ink.write(`${text('first').join('\n')}\n`);
    expect(written).toEqual([`\u001b[H\u001b[J${text('first').join('\n')}`]);
    // The first row only, from its first changed cell, then the cursor back after the last row's text.
    expect(draw(ink, written, text('fir'))).toBe(`${SYNC[0]}\u001b[1;4H\u001b[K\u001b[10;45H${SYNC[1]}`);
    expect(draw(ink, written, text('third'))).toBe(`${SYNC[0]}\u001b[Hthird\u001b[10;45H${SYNC[1]}`);
    // A resize, or anything else written, and the next frame is whole again.
    stdout.emit('resize');
    expect(isWhole(draw(ink, written, text('fourth')))).toBe(true);
    expect(isWhole(draw(ink, written, text('fifth')))).toBe(false);
    ink.write('a line from console.log\n');
    expect(isWhole(draw(ink, written, text('sixth')))).toBe(true);
    // Ctrl-L draws the last frame whole: the next is drawn by its changes.
    repaint();
    expect(isWhole(draw(ink, written, text('seventh')))).toBe(false);
  });

  test('gives every frame whole, as Ink writes it, where the terminal is not known', async () => {
    const { fitFrameWrite, fullHeightStdout } = await import('../../src/tui/full-height.js');
    for (const env of [{ TERM: 'linux' }, { TERM: 'xterm', QUOTED_REDRAW: 'full' }]) {
      const { stdout, written } = fakeStdout();
      const ink = fullHeightStdout(stdout, env);
      for (const first of ['one', 'two', 'three']) {
        const frame = inkFrame(text(first));
        draw(ink, written, text(first));
        expect(written).toEqual([SYNC[0], fitFrameWrite(frame), SYNC[1]]);
      }
    }
  });

  test('sets a scroll region only inside a synchronized update', async () => {
    const { fullHeightStdout } = await import('../../src/tui/full-height.js');
    const { stdout, written } = fakeStdout();
    const ink = fullHeightStdout(stdout, { TERM: 'xterm-256color' });
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i} of the article, long enough to matter`);
    ink.write(inkFrame(lines.slice(0, 10)));
    written.length = 0;
    // Without Ink's marks around it, the frame that scrolls brings its own.
    ink.write(inkFrame(lines.slice(1, 11)));
    expect(written.join('')).toMatch(/^\u001b\[\?2026h\u001b\[1;10r.*\u001b\[r.*\u001b\[\?2026l$/);
  });
});
