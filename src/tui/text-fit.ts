// Fitting plain text to a number of terminal columns, measured the way
// wrap-ansi and Ink measure it (string-width), so padded rows line up.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` cut to at most `width` columns, ending in … when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** `text` cut from the left to at most `width` columns, starting with … when cut (for paths). */
export function truncateStart(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  const parts = [...graphemes.segment(text)].map((g) => g.segment);
  let out = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = stringWidth(parts[i]);
    if (used + w > width - 1) break;
    out = parts[i] + out;
    used += w;
  }
  return `…${out}`;
}

/** `text` fitted to exactly `width` columns: cut, or padded with spaces. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** `left` and `right` on one row of `width` columns, `left` cut to make room. */
export function spread(left: string, right: string, width: number): string {
  const rightWidth = stringWidth(right);
  if (rightWidth >= width) return fit(right, width);
  return fit(left, width - rightWidth - 1) + ' ' + right;
}

export { stringWidth };
