// Word wrap with offsets: wrap-ansi decides where lines break (word wrap,
// display widths of CJK and emoji), and each output line is mapped back to
// the [start, end) range of the source text it shows, so highlights given as
// character offsets land on the right columns without re-wrapping.
import wrapAnsi from 'wrap-ansi';

export interface LineRange {
  start: number;
  end: number;
}

const SPACE = /\s/;

/** The ranges of `text` that the lines of `text` wrapped at `width` columns show. */
export function wrapRanges(text: string, width: number): LineRange[] {
  if (text.length === 0) return [];
  const lines = wrapAnsi(text, Math.max(1, width), { hard: true, trim: true, wordWrap: true });
  const ranges: LineRange[] = [];
  let at = 0;
  for (const line of lines.split('\n')) {
    while (at < text.length && SPACE.test(text[at])) at++;
    if (line.length === 0) continue;
    // wrap-ansi only removes whitespace at line ends, so each line is the next
    // piece of the text; find it from where the previous one ended.
    const found = text.startsWith(line, at) ? at : text.indexOf(line, at);
    const start = found === -1 ? at : found;
    const end = Math.min(text.length, start + line.length);
    ranges.push({ start, end });
    at = end;
  }
  return ranges;
}
