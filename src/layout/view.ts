// A view is a list of units (and blank lines between them) wrapped to one
// width, laid out a chunk at a time (see chunks.ts), in any order: from the
// top for the first frame and in idle time, and wherever a jump lands. Its
// lines are named by positions that never change (see chunk-lines.ts), so
// moving by lines goes through the view, never by adding to a position. Line
// numbers (for `=`, `50g` and the percentage) are exact for the chunks laid
// out from the top and estimated from characters below them, until the whole
// view is laid out.
import type { ArticleUnits } from './units.js';
import { ChunkLines } from './chunk-lines.js';
import { GAP } from './chunks.js';
import { isSimpleText } from './wrap-simple.js';

export { GAP } from './chunks.js';

/** A line number from the top, and whether it is exact or estimated. */
export interface LineNumber {
  line: number;
  exact: boolean;
}

export class ViewLayout {
  readonly width: number;
  private readonly article: ArticleUnits;
  private readonly items: readonly number[];
  private readonly store: ChunkLines;

  constructor(article: ArticleUnits, items: readonly number[], width: number) {
    this.article = article;
    this.items = items;
    this.width = width;
    this.store = new ChunkLines(article, items, width);
  }

  /** Whether every chunk is laid out: the line count is then exact. */
  get complete(): boolean {
    return this.store.frontier >= this.store.chunks.count;
  }

  /** The sections the view shows, in order (known without laying anything out). */
  get sections(): readonly number[] {
    return this.store.chunks.sections;
  }

  /** Lay out the next chunk from the top (at most about CHUNK_CHARS characters); whether more remain. */
  step(): boolean {
    if (!this.complete) this.store.lay(this.store.frontier);
    return !this.complete;
  }

  /** Whether the chunk step() lays out next is all plain text, which needs no wrap-ansi (see wrapEach). */
  nextIsPlain(): boolean {
    if (this.complete) return true;
    const { itemStart } = this.store.chunks;
    for (let i = itemStart[this.store.frontier]; i < itemStart[this.store.frontier + 1]; i++) {
      const item = this.items[i];
      if (item !== GAP && !isSimpleText(this.article.units[item].text)) return false;
    }
    return true;
  }

  /** Lay out from the top until at least `lines` lines are numbered, or all there are. */
  ensureLines(lines: number): void {
    while (!this.complete && this.store.exactBefore[this.store.frontier] < lines) this.store.lay(this.store.frontier);
  }

  /** Lay out everything. */
  finish(): this {
    while (!this.complete) this.store.lay(this.store.frontier);
    return this;
  }

  /** Lines in the view, laying out everything. */
  get lineCount(): number {
    return this.finish().store.exactBefore[this.store.count];
  }

  /** The sections with a chunk laid out: what a test of the work of a jump counts. */
  laidOutSections(): number[] {
    const out: number[] = [];
    for (let c = 0; c < this.store.chunks.count; c++) {
      const s = this.store.chunks.section[c];
      if (this.store.laid(c) && out[out.length - 1] !== s) out.push(s);
    }
    return out;
  }

  // Positions.

  /** The first line (0 for an empty view). */
  first(): number {
    for (let c = 0; c < this.store.chunks.count; c++) if (this.store.lay(c) > 0) return this.store.base[c];
    return 0;
  }

  /** The last line, laying out the last chunks only. */
  last(): number {
    for (let c = this.store.chunks.count - 1; c >= 0; c--) if (this.store.lay(c) > 0) return this.store.base[c] + this.store.lines[c] - 1;
    return 0;
  }

  /** Whether `pos` is a line. */
  has(pos: number): boolean {
    return this.store.chunkAt(pos) >= 0;
  }

  /** `pos` when it is a line, else the first line after it (or the last line). */
  snap(pos: number): number {
    if (this.has(pos)) return pos;
    for (let c = Math.max(0, this.store.keyIndex(pos)); c < this.store.chunks.count; c++) {
      if (this.store.lay(c) === 0) continue;
      if (pos < this.store.base[c]) return this.store.base[c];
      if (pos < this.store.base[c] + this.store.lines[c]) return pos;
    }
    return this.last();
  }

  /** The line after `pos`, or -1 at the end. */
  next(pos: number): number {
    const c = this.store.chunkAt(pos);
    if (c < 0) return -1;
    if (pos + 1 < this.store.base[c] + this.store.lines[c]) return pos + 1;
    for (let t = c + 1; t < this.store.chunks.count; t++) if (this.store.lay(t) > 0) return this.store.base[t];
    return -1;
  }

  /** The line before `pos`, or -1 at the top; scrolling up lays out backwards. */
  prev(pos: number): number {
    const c = this.store.chunkAt(pos);
    if (c < 0) return -1;
    if (pos > this.store.base[c]) return pos - 1;
    for (let t = c - 1; t >= 0; t--) if (this.store.lay(t) > 0) return this.store.base[t] + this.store.lines[t] - 1;
    return -1;
  }

  /** `by` lines down (or up) from `pos`, stopping at the first and last lines. */
  move(pos: number, by: number): number {
    let at = this.snap(pos);
    let c = this.store.chunkAt(at);
    if (c < 0) return at;
    let left = by;
    while (left > 0) {
      const end = this.store.base[c] + this.store.lines[c] - 1;
      if (left <= end - at) return at + left;
      left -= end - at;
      const next = this.next(end);
      if (next < 0) return end;
      left--;
      at = next;
      c = this.store.chunkAt(at);
    }
    while (left < 0) {
      const start = this.store.base[c];
      if (-left <= at - start) return at + left;
      left += at - start;
      const prev = this.prev(start);
      if (prev < 0) return start;
      left++;
      at = prev;
      c = this.store.chunkAt(at);
    }
    return at;
  }

  /** Lines after `pos`, counted up to `limit`: whether the end is near, without laying out further. */
  linesAfter(pos: number, limit: number): number {
    const c = this.store.chunkAt(pos);
    if (c < 0) return 0;
    let n = this.store.base[c] + this.store.lines[c] - 1 - pos;
    for (let t = c + 1; n < limit && t < this.store.chunks.count; t++) n += this.store.lay(t);
    return Math.min(n, limit);
  }

  /** Lines from `from` down to `to`, counted up to `limit`. */
  distance(from: number, to: number, limit: number): number {
    const a = this.store.chunkAt(from);
    const b = this.store.chunkAt(to);
    if (a < 0 || b < 0) return limit;
    if (a === b) return Math.min(limit, to - from);
    let n = this.store.base[a] + this.store.lines[a] - from;
    for (let t = a + 1; t < b && n < limit; t++) n += this.store.lay(t);
    return Math.min(limit, n + to - this.store.base[b]);
  }

  // What a line shows.

  /** The unit shown on line `pos` (GAP for a blank line). */
  unitOf(pos: number): number {
    const i = this.store.index(pos);
    return i < 0 ? GAP : this.store.units[i];
  }

  /** The [start, end) range of its unit's text that line `pos` shows. */
  startOf(pos: number): number {
    const i = this.store.index(pos);
    return i < 0 ? 0 : this.store.starts[i];
  }

  endOf(pos: number): number {
    const i = this.store.index(pos);
    return i < 0 ? 0 : this.store.ends[i];
  }

  /** The section line `pos` belongs to (blank lines belong to the section above them). */
  sectionOf(pos: number): number {
    const c = this.store.chunkAt(pos);
    return c < 0 ? 0 : this.store.chunks.section[c];
  }

  /** Whether the view shows `unit`. */
  shows(unit: number): boolean {
    return this.store.chunks.unitChunk[unit] >= 0;
  }

  /** The units the view shows, in order. */
  *shownUnits(): Generator<number> {
    for (const item of this.items) if (item !== GAP) yield item;
  }

  /** The first line of `unit`, laying out its chunk only; -1 when the view leaves it out. */
  firstLineOf(unit: number): number {
    const c = this.store.chunks.unitChunk[unit];
    if (c < 0) return -1;
    this.store.lay(c);
    const i = this.store.unitFirst[unit];
    return i < 0 ? -1 : this.store.base[c] + i - this.store.stored[c];
  }

  /** The line that shows character `offset` of `unit`, or -1 when the view leaves the unit out. */
  lineOfOffset(unit: number, offset: number): number {
    const first = this.firstLineOf(unit);
    if (first < 0) return -1;
    const c = this.store.chunks.unitChunk[unit];
    const end = this.store.stored[c] + this.store.lines[c];
    let i = this.store.unitFirst[unit];
    while (i + 1 < end && this.store.units[i + 1] === unit && this.store.starts[i + 1] <= offset) i++;
    return first + i - this.store.unitFirst[unit];
  }

  /**
   * The line a jump to `section` puts at the top, laying out its first chunk;
   * -1 when the view leaves it out. The header counts as part of the first
   * section shown: an untitled one starts at the top, with the header.
   */
  sectionStart(section: number): number {
    const { firstChunk, section: sectionOfChunk } = this.store.chunks;
    for (let c = firstChunk[section] ?? -1; c >= 0 && c < this.store.chunks.count && sectionOfChunk[c] === section; c++) {
      this.store.lay(c);
      for (let i = this.store.stored[c]; i < this.store.stored[c] + this.store.lines[c]; i++) {
        const unit = this.store.units[i];
        if (unit === GAP || this.article.units[unit].section !== section) continue;
        if (section === this.store.chunks.sections[0] && this.article.units[unit].kind !== 'heading') return this.first();
        return this.store.base[c] + i - this.store.stored[c];
      }
    }
    return -1;
  }

  // Line numbers.

  /** The number of line `pos` from the top: exact when all above it is laid out, else estimated. */
  lineNumber(pos: number): LineNumber {
    const c = this.store.chunkAt(pos);
    if (c < 0) return { line: 0, exact: this.complete };
    const offset = pos - this.store.base[c];
    if (c < this.store.frontier) return { line: this.store.exactBefore[c] + offset, exact: true };
    return { line: this.store.linesAbove(c) + offset, exact: false };
  }

  /** Lines in the view: exact once all is laid out, till then estimated from characters. */
  totalLines(): LineNumber {
    return { line: this.store.linesAbove(this.store.count), exact: this.complete };
  }

  /** Line `n` from the top (from 0), laying out from the top as far as it; the last line past the end. */
  lineAt(n: number): number {
    this.ensureLines(Math.max(0, n) + 1);
    const before = this.store.exactBefore;
    if (n >= before[this.store.frontier]) return this.last();
    let lo = 0;
    let hi = this.store.frontier - 1;
    // The last chunk that starts at or before line n.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before[mid] <= n) lo = mid;
      else hi = mid - 1;
    }
    return this.store.base[lo] + Math.max(0, n) - before[lo];
  }

  /** About line `n` from the top, laying out only the chunk it is estimated to fall in (exact once all is laid out). */
  lineNear(n: number): number {
    const { store } = this;
    if (this.complete || n < store.exactBefore[store.frontier]) return this.lineAt(n);
    // The last chunk estimated to start at or above line n.
    let lo = store.frontier;
    let hi = store.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.store.linesAbove(mid) <= n) lo = mid;
      else hi = mid - 1;
    }
    const line = this.store.linesAbove(lo);
    const laid = store.lay(lo);
    if (laid === 0) return this.snap(store.base[lo]);
    return store.base[lo] + Math.min(laid - 1, Math.max(0, Math.floor(n - line)));
  }
}

/** Wrap `items` (unit indices and GAPs) to `width` columns, laid out as it is read. */
export function layoutView(article: ArticleUnits, items: readonly number[], width: number): ViewLayout {
  return new ViewLayout(article, items, width);
}
