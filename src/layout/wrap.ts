// Word wrap with offsets: wrap-ansi decides where lines break (word wrap,
// display widths of CJK and emoji), and each output line is mapped back to
// the [start, end) range of the source text it shows, so highlights given as
// character offsets land on the right columns without re-wrapping. Text of
// simple one-column characters takes a fast path with the same breaks.
import wrapAnsi from 'wrap-ansi';
import { isSimpleText, wrapLines } from './wrap-simple.js';

export interface LineRange {
  start: number;
  end: number;
}

const SPACE = /\s/;
// Made on first use: the first segmenter loads ICU data, about 20 ms.
let graphemes: Intl.Segmenter | null = null;

/**
 * Where a line that wrap-ansi gave in NFC ends in `text`, read from `start`:
 * whole graphemes, normalised one by one, until they make up the line.
 */
function endOfNormalised(text: string, start: number, line: string): number {
  let made = 0;
  let end = start;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text.slice(start))) {
    if (made >= line.length) break;
    made += segment.normalize().length;
    end += segment.length;
  }
  return end;
}

/** Each line of `text` wrapped at `width` columns, as the [start, end) range of `text` it shows. */
export function wrapEach(text: string, width: number, line: (start: number, end: number) => void): void {
  if (text.length === 0) return;
  if (isSimpleText(text)) wrapLines(text, Math.max(1, width), line);
  else for (const r of wrapAnsiRanges(text, width)) line(r.start, r.end);
}

let warm = false;

/**
 * Whether wrap-ansi has run once: its first run, the first text beyond plain
 * characters, loads string-width's tables and compiles its Unicode regexes
 * (about 25 ms at once), which the idle layout keeps for a quiet moment.
 */
export function slowWrapWarm(): boolean {
  return warm;
}

/** The ranges of `text` that the lines of `text` wrapped at `width` columns show. */
export function wrapRanges(text: string, width: number): LineRange[] {
  const ranges: LineRange[] = [];
  wrapEach(text, width, (start, end) => ranges.push({ start, end }));
  return ranges;
}

/** wrapRanges through wrap-ansi itself, whatever the text. */
export function wrapAnsiRanges(text: string, width: number): LineRange[] {
  if (text.length === 0) return [];
  warm = true;
  // Tabs would be expanded to several spaces; one space each keeps offsets aligned.
  const lines = wrapAnsi(text.replace(/[\t\r]/g, ' '), Math.max(1, width), { hard: true, trim: true, wordWrap: true });
  // wrap-ansi works on the NFC form; text in another form needs its lines measured back.
  const normal = text === text.normalize();
  const ranges: LineRange[] = [];
  let at = 0;
  for (const line of lines.split('\n')) {
    while (at < text.length && SPACE.test(text[at])) at++;
    if (line.length === 0) continue;
    // wrap-ansi only removes whitespace at line ends, so each line is the next
    // piece of the text, from where the previous one ended.
    const end = normal ? at + line.length : endOfNormalised(text, at, line);
    ranges.push({ start: at, end: Math.min(text.length, end) });
    at = Math.min(text.length, end);
  }
  return ranges;
}
