// Fitting plain text to a number of terminal columns, measured the way
// wrap-ansi and Ink measure it (string-width), so padded rows line up.
import stringWidth from 'string-width';
import { simpleWidth } from '../layout/simple-width.js';

// Made on first use: the first segmenter loads ICU data, about 20 ms.
let segmenter: Intl.Segmenter | null = null;

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (g) => g.segment);
}

/** Text whose every character is one column and a grapheme of its own: cut anywhere. */
const isSimple = (text: string) => simpleWidth(text, { countAnsiEscapeCodes: true }) === text.length;

// string-width is slow on other text; panes ask for the same rows on every frame.
const widths = new Map<string, number>();
const MAX_REMEMBERED = 4096;

/** Columns `text` takes on a terminal. */
export function width(text: string): number {
  const simple = simpleWidth(text);
  if (simple >= 0) return simple;
  let w = widths.get(text);
  if (w === undefined) {
    if (widths.size >= MAX_REMEMBERED) widths.clear();
    w = stringWidth(text);
    widths.set(text, w);
  }
  return w;
}

/** Whole graphemes of `parts`, in order, while they fit in `room` columns. */
function take(parts: Iterable<string>, room: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    const w = width(part);
    if (used + w > room) break;
    kept.push(part);
    used += w;
  }
  return kept;
}

/** `text` cut to at most `columns` columns, ending in … when cut. */
export function truncate(text: string, columns: number): string {
  if (columns <= 0) return '';
  if (width(text) <= columns) return text;
  if (isSimple(text)) return `${text.slice(0, columns - 1)}…`;
  return `${take(graphemes(text), columns - 1).join('')}…`;
}

/** `text` cut from the left to at most `columns` columns, starting with … when cut (for paths). */
export function truncateStart(text: string, columns: number): string {
  if (columns <= 0) return '';
  if (width(text) <= columns) return text;
  if (isSimple(text)) return `…${text.slice(text.length - columns + 1)}`;
  const reversed = graphemes(text).reverse();
  return `…${take(reversed, columns - 1).reverse().join('')}`;
}

/** `text` fitted to exactly `columns` columns: cut, or padded with spaces. */
export function fit(text: string, columns: number): string {
  const cut = truncate(text, columns);
  return cut + ' '.repeat(Math.max(0, columns - width(cut)));
}

/** `left` and `right` on one row of `columns` columns, `left` cut to make room. */
export function spread(left: string, right: string, columns: number): string {
  const rightWidth = width(right);
  if (rightWidth >= columns) return fit(right, columns);
  return fit(left, columns - rightWidth - 1) + ' ' + right;
}
