// A view is a list of units (and blank lines between them) wrapped to one
// width. The result is a set of flat arrays indexed by display line, so the
// reader finds any line's text, section or unit in O(1) and never re-wraps.
import type { ArticleUnits } from './units.js';
import { wrapRanges } from './wrap.js';

/** In a view's item list, a blank line. */
export const GAP = -1;

export interface ViewLayout {
  width: number;
  lineCount: number;
  /** Per line: the unit shown, or GAP for a blank line. */
  lineUnit: Int32Array;
  /** Per line: the [start, end) range of the unit's text shown. */
  lineStart: Int32Array;
  lineEnd: Int32Array;
  /** Per line: the section it belongs to. */
  lineSection: Int32Array;
  /** Per unit: its first line in this view, or -1 when the view leaves it out. */
  unitFirstLine: Int32Array;
  /** Per section: the line a jump to it puts at the top, or -1 when the view leaves it out. */
  sectionFirstLine: Int32Array;
  /** The sections the view shows, in order, and the line each starts on (ascending). */
  sections: number[];
  sectionLines: Int32Array;
}

/** Wrap `items` (unit indices and GAPs) to `width` columns. */
export function layoutView(article: ArticleUnits, items: readonly number[], width: number): ViewLayout {
  const { units } = article;
  const lineUnit: number[] = [];
  const lineStart: number[] = [];
  const lineEnd: number[] = [];
  const unitFirstLine = new Int32Array(units.length).fill(-1);
  for (const item of items) {
    if (item === GAP) {
      lineUnit.push(GAP);
      lineStart.push(0);
      lineEnd.push(0);
      continue;
    }
    const ranges = wrapRanges(units[item].text, width);
    if (ranges.length === 0) continue;
    unitFirstLine[item] = lineUnit.length;
    for (const { start, end } of ranges) {
      lineUnit.push(item);
      lineStart.push(start);
      lineEnd.push(end);
    }
  }
  // Drop blank lines at the end: they would only pad the last page.
  while (lineUnit.length > 0 && lineUnit[lineUnit.length - 1] === GAP) {
    lineUnit.pop();
    lineStart.pop();
    lineEnd.pop();
  }
  const lineCount = lineUnit.length;
  const sectionCount = article.paragraphUnit.length;
  const sectionFirstLine = new Int32Array(sectionCount).fill(-1);
  const sections: number[] = [];
  for (let line = 0; line < lineCount; line++) {
    const unit = lineUnit[line];
    if (unit === GAP || units[unit].section < 0) continue;
    const s = units[unit].section;
    if (sectionFirstLine[s] === -1) {
      // The first section shown, when untitled, starts at the top with the header.
      sectionFirstLine[s] = sections.length === 0 && units[unit].kind !== 'heading' ? 0 : line;
      sections.push(s);
    }
  }
  const lineSection = new Int32Array(lineCount);
  let current = sections[0] ?? 0;
  for (let line = 0; line < lineCount; line++) {
    const unit = lineUnit[line];
    // Header lines count as the first section; a blank line as the one above it.
    if (unit !== GAP && units[unit].section >= 0) current = units[unit].section;
    lineSection[line] = current;
  }
  return {
    width,
    lineCount,
    lineUnit: Int32Array.from(lineUnit),
    lineStart: Int32Array.from(lineStart),
    lineEnd: Int32Array.from(lineEnd),
    lineSection,
    unitFirstLine,
    sectionFirstLine,
    sections,
    sectionLines: Int32Array.from(sections, (s) => sectionFirstLine[s]),
  };
}

/** The text a line shows ('' for a blank line). */
export function lineText(article: ArticleUnits, view: ViewLayout, line: number): string {
  const unit = view.lineUnit[line];
  return unit === GAP ? '' : article.units[unit].text.slice(view.lineStart[line], view.lineEnd[line]);
}

/** The line that shows character `offset` of `unit`, or -1 when the view leaves the unit out. */
export function lineOf(view: ViewLayout, unit: number, offset: number): number {
  let line = view.unitFirstLine[unit];
  if (line === -1) return -1;
  while (line + 1 < view.lineCount && view.lineUnit[line + 1] === unit && view.lineStart[line + 1] <= offset) line++;
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
  for (let l = Math.max(0, line), before = 0; l < view.lineCount; l++, before++) {
    const unit = view.lineUnit[l];
    if (unit !== GAP) return { unit, offset: view.lineStart[l], before };
  }
  return null;
}
