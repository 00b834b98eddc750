// A view is a list of units (and blank lines between them) wrapped to one
// width: flat arrays indexed by display line, so the reader finds any line's
// text, section or unit in O(1) and never re-wraps. A view is laid out
// progressively, from the top: the reader's first frame needs only the first
// screen, and the rest is laid out in idle time or as soon as something
// needs it. The whole-view fields (lineCount, the per-line arrays, the
// section tables) finish the layout before they answer, so code that reads
// them always sees the complete view; the reader's per-frame code uses the
// methods that lay out only as far as they look.
import type { ArticleUnits } from './units.js';
import { wrapEach } from './wrap.js';

/** In a view's item list, a blank line. */
export const GAP = -1;

const INITIAL_LINES = 256;

function grown(array: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= array.length) return array;
  const bigger = new Int32Array(Math.max(need, array.length * 2));
  bigger.set(array);
  return bigger;
}

export class ViewLayout {
  readonly width: number;
  private readonly article: ArticleUnits;
  private readonly items: readonly number[];
  /** The next item to lay out, and blank lines waiting for a unit to follow them. */
  private nextItem = 0;
  private pendingGaps = 0;
  private count = 0;
  private units = new Int32Array(INITIAL_LINES);
  private starts = new Int32Array(INITIAL_LINES);
  private ends = new Int32Array(INITIAL_LINES);
  private sectionOfLine = new Int32Array(INITIAL_LINES);
  private readonly firstLineOfUnit: Int32Array;
  private readonly firstLineOfSection: Int32Array;
  private readonly shownSections: number[] = [];
  private current = 0;
  private charsDone = 0;
  private readonly charsTotal: number;
  /** Blank lines: all the view's gaps, and those placed so far. */
  private readonly gapsTotal: number;
  private gapsDone = 0;
  private sectionLinesCache: Int32Array | null = null;
  private trimmed = false;

  constructor(article: ArticleUnits, items: readonly number[], width: number) {
    this.article = article;
    this.items = items;
    this.width = width;
    this.firstLineOfUnit = new Int32Array(article.units.length).fill(-1);
    this.firstLineOfSection = new Int32Array(article.paragraphUnit.length).fill(-1);
    let chars = 0;
    let gaps = 0;
    for (const item of items) {
      if (item === GAP) gaps++;
      else chars += article.units[item].text.length;
    }
    this.charsTotal = chars;
    this.gapsTotal = gaps;
  }

  /** Whether every line is laid out. */
  get complete(): boolean {
    return this.nextItem >= this.items.length;
  }

  /** Lines laid out so far: all of them once complete. */
  get ready(): number {
    return this.count;
  }

  /** Lay out items until about `chars` more characters are wrapped; whether more remain. */
  step(chars: number): boolean {
    const until = this.charsDone + chars;
    while (!this.complete && this.charsDone < until) this.layItem();
    return !this.complete;
  }

  /** Lay out at least the first `lines` lines, or all there are. */
  ensureLines(lines: number): void {
    while (this.count < lines && !this.complete) this.layItem();
  }

  /** Lay out everything. */
  finish(): this {
    while (!this.complete) this.layItem();
    if (!this.trimmed) this.trim();
    return this;
  }

  /**
   * Lines in the view, those not laid out yet estimated from the lines per
   * character so far (blank lines counted exactly); exact once complete.
   */
  estimatedLines(): number {
    if (this.complete) return this.count;
    const textLines = this.count - this.gapsDone;
    if (this.charsDone === 0 || textLines === 0) return Math.max(this.count, 1);
    const gapsLeft = this.gapsTotal - this.gapsDone;
    return Math.round(this.count + gapsLeft + ((this.charsTotal - this.charsDone) * textLines) / this.charsDone);
  }

  /** The unit shown on `line` (GAP for a blank line), laying out as far as it. */
  unitOf(line: number): number {
    this.ensureLines(line + 1);
    return this.units[line];
  }

  /** The [start, end) range of its unit's text that `line` shows. */
  startOf(line: number): number {
    this.ensureLines(line + 1);
    return this.starts[line];
  }

  endOf(line: number): number {
    this.ensureLines(line + 1);
    return this.ends[line];
  }

  /** The first line of `unit`, laying out as far as it; -1 when the view leaves it out. */
  firstLineOf(unit: number): number {
    while (this.firstLineOfUnit[unit] === -1 && !this.complete) this.layItem();
    return this.firstLineOfUnit[unit];
  }

  /** The section `line` belongs to. */
  sectionOf(line: number): number {
    this.ensureLines(line + 1);
    return this.sectionOfLine[line];
  }

  get lineCount(): number {
    return this.finish().count;
  }

  /** Per line: the unit shown, or GAP for a blank line. */
  get lineUnit(): Int32Array {
    return this.finish().units;
  }

  /** Per line: the [start, end) range of the unit's text shown. */
  get lineStart(): Int32Array {
    return this.finish().starts;
  }

  get lineEnd(): Int32Array {
    return this.finish().ends;
  }

  /** Per line: the section it belongs to. */
  get lineSection(): Int32Array {
    return this.finish().sectionOfLine;
  }

  /** Per unit: its first line in this view, or -1 when the view leaves it out. */
  get unitFirstLine(): Int32Array {
    return this.finish().firstLineOfUnit;
  }

  /** Per section: the line a jump to it puts at the top, or -1 when the view leaves it out. */
  get sectionFirstLine(): Int32Array {
    return this.finish().firstLineOfSection;
  }

  /** The sections the view shows, in order. */
  get sections(): number[] {
    return this.finish().shownSections;
  }

  /** The line each of `sections` starts on (ascending). */
  get sectionLines(): Int32Array {
    this.finish();
    return (this.sectionLinesCache ??= Int32Array.from(this.shownSections, (s) => this.firstLineOfSection[s]));
  }

  private layItem(): void {
    const item = this.items[this.nextItem++];
    if (item === GAP) this.pendingGaps++;
    else this.layUnit(item);
  }

  private layUnit(item: number): void {
    const { text, section, kind } = this.article.units[item];
    this.charsDone += text.length;
    wrapEach(text, this.width, (start, end) => {
      // Blank lines are placed only once a unit follows them: none is left at the end.
      for (; this.pendingGaps > 0; this.pendingGaps--, this.gapsDone++) this.push(GAP, 0, 0);
      if (this.firstLineOfUnit[item] === -1) this.firstLineOfUnit[item] = this.count;
      if (section >= 0 && this.firstLineOfSection[section] === -1) this.enterSection(section, kind === 'heading');
      this.push(item, start, end);
    });
  }

  private enterSection(section: number, isHeading: boolean): void {
    if (this.shownSections.length === 0) {
      // The header above the first section shown counts as part of it; an
      // untitled first section starts at the top, with the header.
      this.sectionOfLine.fill(section, 0, this.count);
      this.firstLineOfSection[section] = isHeading ? this.count : 0;
    } else {
      this.firstLineOfSection[section] = this.count;
    }
    this.shownSections.push(section);
    this.current = section;
  }

  private push(unit: number, start: number, end: number): void {
    const need = this.count + 1;
    if (need > this.units.length) {
      this.units = grown(this.units, need);
      this.starts = grown(this.starts, need);
      this.ends = grown(this.ends, need);
      this.sectionOfLine = grown(this.sectionOfLine, need);
    }
    this.units[this.count] = unit;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    // A blank line belongs to the section above it.
    this.sectionOfLine[this.count] = this.current;
    this.count++;
  }

  /** Once complete: the arrays cut to the lines there are. */
  private trim(): void {
    this.trimmed = true;
    this.pendingGaps = 0;
    this.units = this.units.slice(0, this.count);
    this.starts = this.starts.slice(0, this.count);
    this.ends = this.ends.slice(0, this.count);
    this.sectionOfLine = this.sectionOfLine.slice(0, this.count);
  }
}

/** Wrap `items` (unit indices and GAPs) to `width` columns, laid out as it is read. */
export function layoutView(article: ArticleUnits, items: readonly number[], width: number): ViewLayout {
  return new ViewLayout(article, items, width);
}

/** The text a line shows ('' for a blank line). */
export function lineText(article: ArticleUnits, view: ViewLayout, line: number): string {
  const unit = view.unitOf(line);
  return unit === GAP ? '' : article.units[unit].text.slice(view.startOf(line), view.endOf(line));
}

/**
 * The line that shows character `offset` of `unit`, or -1 when the view
 * leaves the unit out; the view is laid out as far as that unit.
 */
export function lineOf(view: ViewLayout, unit: number, offset: number): number {
  let line = view.firstLineOf(unit);
  if (line === -1) return -1;
  // A unit's lines are laid out together: all of them are ready once its first is.
  while (line + 1 < view.ready && view.unitOf(line + 1) === unit && view.startOf(line + 1) <= offset) line++;
  return line;
}

/** A place in the text that survives re-wrapping: a unit and an offset in it. */
export interface Anchor {
  unit: number;
  offset: number;
  /** Blank lines above the anchored line that were at the top. */
  before: number;
}

/** The place shown on `line`: its unit and offset, or those of the next non-blank line. */
export function anchorAt(view: ViewLayout, line: number): Anchor | null {
  for (let l = Math.max(0, line), before = 0; ; l++, before++) {
    view.ensureLines(l + 1);
    if (l >= view.ready) return null;
    const unit = view.unitOf(l);
    if (unit !== GAP) return { unit, offset: view.startOf(l), before };
  }
}
