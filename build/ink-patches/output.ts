// Ink's frame buffer (ink/build/output.js in Ink 6.8), rewritten to do less
// work per frame; build/ink-patches/plugins.mjs puts it in the original's place in the
// bundle. It takes the same operations and returns the same string, byte for
// byte (test/tui/ink-output.test.ts checks it against Ink's own on random
// frames). Ink's version tokenizes every line of every frame into styled
// characters, allocates an object for each of the 4,800 cells of a 120x40
// screen, and diffs the styles of every pair of neighbouring cells, which
// together cost most of a keystroke. Here:
// - tokenized lines are kept across frames (a scrolled pane repeats most lines);
// - empty cells share one object, and rows are reused;
// - neighbouring cells with the same styles (nearly all) are not diffed: the
//   diff of equal style lists is empty, so the output is unchanged; and the
//   diff between two lists is worked out once, not at every change;
// - a row is assembled from slices of its lines, not character by character;
// - lines of simple characters and colour codes are styled here (see
//   sgr-styles.ts), without ansi-tokenize's grapheme segmenter.
import { styledCharsFromTokens, tokenize, type AnsiCode, type StyledChar } from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import { isSimpleChar } from '../../src/layout/width.js';
import { RecentCache } from './recent-cache.js';
import { codesToString, diffCodes, reduceCodes, sgrCodes } from './sgr-styles.js';

type Transformer = (line: string, index: number) => string;

interface Clip {
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
}

type Operation = { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] } | { type: 'clip'; clip: Clip } | { type: 'unclip' };

/** A line ready to place: its styled characters and the columns each takes. */
interface StyledLine {
  chars: PlacedChar[];
  widths: Uint8Array;
  /** The characters' text, and where each starts in it (one more entry: the end). */
  text: string;
  offsets: Int32Array;
}

/** A styled character that knows its line, so that a row copies runs of it at once. */
interface PlacedChar extends StyledChar {
  line?: StyledLine;
  index?: number;
}

// Every list of styles in use, once: equal lists are then one object, and
// the code that takes the terminal from one to another is worked out once.
const NO_STYLES = Object.freeze([]) as unknown as AnsiCode[];
const styleLists = new Map<string, AnsiCode[]>([['', NO_STYLES]]);
const transitions = new Map<AnsiCode[], Map<AnsiCode[], string>>();
const MAX_STYLE_LISTS = 1000;

function canonical(styles: AnsiCode[]): AnsiCode[] {
  if (styles.length === 0) return NO_STYLES;
  const key = styles.map((s) => `${s.code}\u0000${s.endCode}`).join('\u0001');
  let list = styleLists.get(key);
  if (!list) {
    if (styleLists.size >= MAX_STYLE_LISTS) {
      styleLists.clear();
      styleLists.set('', NO_STYLES);
      transitions.clear();
    }
    styleLists.set(key, (list = styles));
  }
  return list;
}

const EMPTY: PlacedChar = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: NO_STYLES });

// Enough for several full frames of distinct lines; older ones are dropped.
const styledLines = new RecentCache<string, StyledLine>(600);
const widths = new RecentCache<string, number>(2000);

function sameStyles(a: AnsiCode[], b: AnsiCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  return true;
}

/** The codes that take the terminal from styles `from` to `to` (ansi-tokenize's diff). */
function transition(from: AnsiCode[], to: AnsiCode[]): string {
  let row = transitions.get(from);
  if (!row) transitions.set(from, (row = new Map()));
  let codes = row.get(to);
  if (codes === undefined) row.set(to, (codes = codesToString(diffCodes(from, to))));
  return codes;
}

function widthOf(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    widths.set(text, width);
  }
  return width;
}

/** The end of the SGR sequence at `at` as ansi-tokenize reads one (ESC [ digits and semicolons m), or -1. */
function sgrEnd(line: string, at: number): number {
  if (line.charCodeAt(at + 1) !== 0x5b) return -1;
  for (let i = at + 2; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x6d) return i + 1;
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
  }
  return -1;
}

/**
 * A line of simple characters and colour codes as ansi-tokenize would style
 * it, without its grapheme segmenter (each simple character is a grapheme of
 * its own, one column wide); null for any other line.
 */
function simpleStyledChars(line: string): StyledChar[] | null {
  const chars: StyledChar[] = [];
  let styles: AnsiCode[] = NO_STYLES;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x1b) {
      const end = sgrEnd(line, i);
      if (end < 0) return null;
      styles = canonical(reduceCodes(styles, sgrCodes(line.slice(i, end))));
      i = end - 1;
    } else if (isSimpleChar(c)) {
      chars.push({ type: 'char', value: line[i], fullWidth: false, styles });
    } else {
      return null;
    }
  }
  return chars;
}

function styledLine(line: string): StyledLine {
  let styled = styledLines.get(line);
  if (styled === undefined) {
    const chars: PlacedChar[] = simpleStyledChars(line) ?? styledCharsFromTokens(tokenize(line));
    const widths = new Uint8Array(chars.length);
    const offsets = new Int32Array(chars.length + 1);
    styled = { chars, widths, text: '', offsets };
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i];
      char.styles = i > 0 && sameStyles(chars[i - 1].styles, char.styles) ? chars[i - 1].styles : canonical(char.styles);
      char.line = styled;
      char.index = i;
      widths[i] = Math.max(1, widthOf(char.value));
      offsets[i + 1] = offsets[i] + char.value.length;
    }
    styled.text = chars.map((c) => c.value).join('');
    styledLines.set(line, styled);
  }
  return styled;
}

function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, widthOf(line));
  return widest;
}

/** How many cells from `k` continue `char`'s line, in order, in the same styles (at least 1). */
function runLength(row: Row, k: number, char: PlacedChar): number {
  let n = 1;
  if (char === EMPTY) {
    while (row[k + n] === EMPTY) n++;
  } else if (char.line) {
    const { chars } = char.line;
    while (row[k + n] === chars[char.index! + n] && row[k + n] !== undefined && row[k + n]!.styles === char.styles) n++;
  }
  return n;
}

/**
 * ansi-tokenize's styledCharsToString: codes only where the styles change.
 * Cells that continue one line in one style are copied as one slice of it,
 * not a character at a time.
 */
function rowString(row: Row): string {
  let out = '';
  let previous: PlacedChar | null = null;
  for (let k = 0; k < row.length;) {
    const char = row[k];
    if (char === undefined) {
      k++;
      continue;
    }
    if (previous === null) out += codesToString(char.styles);
    // The diff of equal lists is empty: nothing to write.
    else if (!sameStyles(previous.styles, char.styles)) out += transition(previous.styles, char.styles);
    const n = runLength(row, k, char);
    if (char === EMPTY) out += ' '.repeat(n);
    else if (n === 1 || !char.line) out += char.value;
    else out += char.line.text.slice(char.line.offsets[char.index!], char.line.offsets[char.index! + n]);
    previous = row[k + n - 1]!;
    k += n;
  }
  if (previous !== null && previous.styles.length > 0) out += transition(previous.styles, NO_STYLES);
  return out.trimEnd();
}

type Row = (PlacedChar | undefined)[];

// Rows are cleared and reused from frame to frame: a frame is built and read in one call.
const rowPool: Row[] = [];

function clearedRows(width: number, height: number): Row[] {
  while (rowPool.length < height) rowPool.push([]);
  const rows = rowPool.slice(0, height);
  for (const row of rows) {
    row.length = width;
    row.fill(EMPTY);
  }
  return rows;
}

export default class Output {
  width: number;
  height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { width: number; height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: { transformers: Transformer[] }): void {
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    const output = clearedRows(this.width, this.height);
    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      else if (operation.type === 'unclip') clips.pop();
      else this.draw(output, operation, clips.at(-1));
    }
    return { output: output.map(rowString).join('\n'), height: output.length };
  }

  /** One write, clipped as Ink clips it, into the rows. */
  private draw(output: Row[], operation: Extract<Operation, { type: 'write' }>, clip: Clip | undefined): void {
    const { text, transformers } = operation;
    let { x, y } = operation;
    let lines = text.split('\n');
    if (clip) {
      const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
      const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
      // Wholly outside the clip: nothing to draw.
      if (clipHorizontally && (x + widestLine(text) < clip.x1! || x > clip.x2!)) return;
      if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) return;
      if (clipHorizontally) {
        lines = lines.map((line) => {
          const from = x < clip.x1! ? clip.x1! - x : 0;
          const width = widthOf(line);
          const to = x + width > clip.x2! ? clip.x2! - x : width;
          return sliceAnsi(line, from, to);
        });
        if (x < clip.x1!) x = clip.x1!;
      }
      if (clipVertically) {
        const from = y < clip.y1! ? clip.y1! - y : 0;
        const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
        lines = lines.slice(from, to);
        if (y < clip.y1!) y = clip.y1!;
      }
    }
    let offsetY = 0;
    for (let index = 0; index < lines.length; index++) {
      const currentLine = output[y + offsetY];
      // Text taller than the frame: the rows past its end are dropped.
      if (!currentLine) continue;
      let line = lines[index];
      for (const transformer of transformers) line = transformer(line, index);
      const { chars, widths: columns } = styledLine(line);
      let offsetX = x;
      for (let i = 0; i < chars.length; i++) {
        const character = chars[i];
        currentLine[offsetX] = character;
        // A wide character covers the cells after it.
        for (let cell = 1; cell < columns[i]; cell++) {
          currentLine[offsetX + cell] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
        }
        offsetX += columns[i];
      }
      offsetY++;
    }
  }
}
