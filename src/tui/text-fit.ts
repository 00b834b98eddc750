// Fitting plain text to a number of terminal columns, measured by
// layout/width.ts, so padded rows line up.
import { displayWidth, simpleWidth } from '../layout/width.js';

// Made on first use: the first segmenter loads ICU data, about 20 ms.
let segmenter: Intl.Segmenter | null = null;

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (g) => g.segment);
}

/** Text whose every character is one column and a grapheme of its own: cut anywhere. */
const isSimple = (text: string) => simpleWidth(text, { countAnsiEscapeCodes: true }) === text.length;

/** Whole graphemes of `parts`, in order, while they fit in `room` columns. */
function take(parts: Iterable<string>, room: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    const w = displayWidth(part);
    if (used + w > room) break;
    kept.push(part);
    used += w;
  }
  return kept;
}

/** `text` cut to at most `columns` columns, ending in … when cut. */
export function truncate(text: string, columns: number): string {
  if (columns <= 0) return '';
  if (displayWidth(text) <= columns) return text;
  if (isSimple(text)) return `${text.slice(0, columns - 1)}…`;
  return `${take(graphemes(text), columns - 1).join('')}…`;
}

/** `text` cut from the left to at most `columns` columns, starting with … when cut (for paths). */
export function truncateStart(text: string, columns: number): string {
  if (columns <= 0) return '';
  if (displayWidth(text) <= columns) return text;
  if (isSimple(text)) return `…${text.slice(text.length - columns + 1)}`;
  const reversed = graphemes(text).reverse();
  return `…${take(reversed, columns - 1)
    .reverse()
    .join('')}`;
}

/** `text` fitted to exactly `columns` columns: cut, or padded with spaces. */
export function fit(text: string, columns: number): string {
  const cut = truncate(text, columns);
  return cut + ' '.repeat(Math.max(0, columns - displayWidth(cut)));
}

/** `left` and `right` on one row of `columns` columns, `left` cut to make room. */
export function spread(left: string, right: string, columns: number): string {
  const rightWidth = displayWidth(right);
  if (rightWidth >= columns) return fit(right, columns);
  return fit(left, columns - rightWidth - 1) + ' ' + right;
}
