// The lines of a view's chunks (see chunks.ts), wrapped in whatever order
// they are asked for, and the position each chunk's lines take.
//
// A line is named by its position, which never changes once given, so a
// place stays true while the rest is laid out. Chunks laid out in order from
// the top take positions 0, 1, 2 …: the line numbers. A chunk laid out alone,
// away from the others, starts at the most lines the chunks before it could
// hold (one character a line, see Chunks.boundBefore); its neighbours then
// join it from either side, and positions always rise with the text, with
// gaps where a chunk turned out shorter than it might have been:
// - a chunk laid out after the one above it follows it, and can end no lower
//   than its own bound allows;
// - a chunk laid out before the one below it ends where that one starts, no
//   higher than its own bound;
// so the two kinds never overlap, and a position finds its chunk by binary
// search over each chunk's start (or bound, when not laid out).
import { cutChunks, GAP, type Chunks } from './chunks.js';
import { PrefixSums } from './prefix-sums.js';
import type { ArticleUnits } from './units.js';
import { wrapEach } from './wrap.js';

/**
 * A chunk this close to those laid out from the top is laid out after them,
 * in order, and a view this short is laid out whole: about a millisecond,
 * and the numbering stays exact (a short article never shows an estimate).
 */
const IN_ORDER_CHARS = 64 * 1024;
const NOT_LAID = -1;

function grown(array: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= array.length) return array;
  const bigger = new Int32Array(Math.max(need, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class ChunkLines {
  readonly chunks: Chunks;
  /** Per chunk: its lines (NOT_LAID until laid out), the position of the first, where the store keeps them. */
  readonly lines: Int32Array;
  readonly base: Float64Array;
  readonly stored: Int32Array;
  /** The store: every line laid out, in the order laid out: its unit (or GAP) and the [start, end) of the text shown. */
  units = new Int32Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  private size = 0;
  /** Per unit: where the store keeps its first line, or -1. */
  readonly unitFirst: Int32Array;
  /** Lines before each chunk, for the chunks up to the frontier. */
  readonly exactBefore: Float64Array;
  /** The first chunk not laid out: all above it are. */
  frontier = 0;
  /** Over the chunks laid out: lines, blank lines among them, characters; and lines, characters and gaps before any chunk. */
  private laidLines = 0;
  private laidBlank = 0;
  private laidChars = 0;
  private readonly linesBefore: PrefixSums;
  private readonly charsBefore: PrefixSums;
  private readonly gapsBefore: PrefixSums;
  private readonly article: ArticleUnits;
  private readonly items: readonly number[];
  private readonly width: number;
  /** The chunk the last lookup found: a frame asks about neighbouring lines. */
  private recent = -1;

  constructor(article: ArticleUnits, items: readonly number[], width: number) {
    this.article = article;
    this.items = items;
    this.width = width;
    this.chunks = cutChunks(article, items);
    const n = this.chunks.count;
    this.lines = new Int32Array(n).fill(NOT_LAID);
    this.base = new Float64Array(n);
    this.stored = new Int32Array(n);
    this.exactBefore = new Float64Array(n + 1);
    this.unitFirst = new Int32Array(article.units.length).fill(-1);
    this.linesBefore = new PrefixSums(n);
    this.charsBefore = new PrefixSums(n);
    this.gapsBefore = new PrefixSums(n);
  }

  get count(): number {
    return this.chunks.count;
  }

  laid(c: number): boolean {
    return this.lines[c] !== NOT_LAID;
  }

  /** Lay out chunk `c` if it is not yet; its lines. */
  lay(c: number): number {
    if (this.laid(c)) return this.lines[c];
    const { charsBefore, count } = this.chunks;
    const upTo = charsBefore[count] <= IN_ORDER_CHARS ? count : charsBefore[c] - charsBefore[this.frontier] <= IN_ORDER_CHARS ? c : this.frontier;
    while (this.frontier < upTo) this.wrap(this.frontier);
    if (!this.laid(c)) this.wrap(c);
    return this.lines[c];
  }

  /** The chunk whose start (or bound, when not laid out) is the last at or below `pos`. */
  keyIndex(pos: number): number {
    let lo = 0;
    let hi = this.chunks.count - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const key = this.laid(mid) ? this.base[mid] : this.chunks.boundBefore[mid];
      if (key <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The laid-out chunk that holds line `pos`, or -1. */
  chunkAt(pos: number): number {
    const r = this.recent;
    if (r >= 0 && pos >= this.base[r] && pos < this.base[r] + this.lines[r]) return r;
    const c = this.keyIndex(pos);
    if (c < 0) return -1;
    // Position 0 names the first line before anything is laid out.
    if (c === 0) this.lay(0);
    if (!this.laid(c) || pos < this.base[c] || pos >= this.base[c] + this.lines[c]) return -1;
    this.recent = c;
    return c;
  }

  /** Lines above chunk `c` (or in all, for the count): those laid out counted, the others estimated from their characters. */
  linesAbove(c: number): number {
    if (c <= this.frontier) return this.exactBefore[c];
    const chars = this.chunks.charsBefore[c] - this.charsBefore.before(c);
    const gaps = this.chunks.gapsBefore[c] - this.gapsBefore.before(c);
    return this.linesBefore.before(c) + chars * this.linesPerChar() + gaps;
  }

  /** Lines per character of text, as far as laid out. */
  private linesPerChar(): number {
    return this.laidChars > 0 ? (this.laidLines - this.laidBlank) / this.laidChars : 1 / Math.max(1, this.width);
  }

  /** Where the store keeps line `pos`, or -1. */
  index(pos: number): number {
    const c = this.chunkAt(pos);
    return c < 0 ? -1 : this.stored[c] + pos - this.base[c];
  }

  private wrap(c: number): void {
    const { itemStart, count } = this.chunks;
    const at = this.size;
    let pending = 0;
    for (let i = itemStart[c]; i < itemStart[c + 1]; i++) {
      const item = this.items[i];
      if (item === GAP) {
        pending++;
        continue;
      }
      wrapEach(this.article.units[item].text, this.width, (start, end) => {
        // Blank lines are placed only once a unit follows them: none is left at the end.
        for (; pending > 0; pending--) this.push(GAP, 0, 0);
        if (this.unitFirst[item] === -1) this.unitFirst[item] = this.size;
        this.push(item, start, end);
      });
    }
    if (c < count - 1) for (; pending > 0; pending--) this.push(GAP, 0, 0);
    const lines = this.size - at;
    this.lines[c] = lines;
    this.stored[c] = at;
    // Beside a neighbour laid out already, or else as far down as the chunks above could reach.
    if (c === 0) this.base[c] = 0;
    else if (this.laid(c - 1)) this.base[c] = this.base[c - 1] + this.lines[c - 1];
    else if (c + 1 < count && this.laid(c + 1)) this.base[c] = this.base[c + 1] - lines;
    else this.base[c] = this.chunks.boundBefore[c];
    this.laidLines += lines;
    this.laidChars += this.chunks.chars[c];
    this.linesBefore.add(c, lines);
    this.charsBefore.add(c, this.chunks.chars[c]);
    this.gapsBefore.add(c, this.chunks.gaps[c]);
    while (this.frontier < count && this.laid(this.frontier)) {
      this.exactBefore[this.frontier + 1] = this.exactBefore[this.frontier] + this.lines[this.frontier];
      this.frontier++;
    }
  }

  private push(unit: number, start: number, end: number): void {
    const need = this.size + 1;
    if (need > this.units.length) {
      this.units = grown(this.units, need);
      this.starts = grown(this.starts, need);
      this.ends = grown(this.ends, need);
    }
    if (unit === GAP) this.laidBlank++;
    this.units[this.size] = unit;
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.size++;
  }
}
