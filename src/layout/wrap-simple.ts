// wrap-ansi's line breaking (hard, trimmed, word-wrapped), worked out on
// offsets for text of one-column characters that each stand alone: nearly
// every paragraph of a news article. wrap-ansi builds each row as a string
// and measures graphemes; here a row is a [start, end) range of the text, so
// a 10 MB article wraps in a fraction of the time. A test checks that the
// ranges are exactly the lines wrap-ansi gives, on every article and on
// random text; anything this cannot vouch for is left to wrap-ansi.
import { simpleCodePoints } from './width.js';

const SPACE = 0x20;

let table: Uint8Array | null = null;

/** The simple characters (one column, a grapheme of their own, their own NFC form), and blanks. */
function wrappableTable(): Uint8Array {
  const t = new Uint8Array(0x2600);
  for (const p of simpleCodePoints()) t[p] = 1;
  // Tabs and carriage returns are wrapped as spaces (see wrap.ts).
  t[0x09] = 1;
  t[0x0d] = 1;
  return t;
}

/** Whether wrapLines can wrap `text`: every character known, no line breaks. */
export function isSimpleText(text: string): boolean {
  const t = (table ??= wrappableTable());
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2600 || t[c] !== 1) return false;
  }
  return true;
}

const isBlank = (c: number) => c === SPACE || c === 0x09 || c === 0x0d;

/** The end of text[start, end) without its trailing blanks. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The lines of `text` wrapped to `columns`, as wrap-ansi would break them,
 * each given to `line` as a [start, end) range; `text` must pass isSimpleText.
 * A row holds text[rowStart, rowStart + rowLength): rows only ever take the
 * next word and the one blank before it, so each is a contiguous slice, and
 * its trailing blanks are dropped when it ends. (No closures: this runs once
 * per paragraph of the article.)
 */
export function wrapLines(text: string, columns: number, line: (start: number, end: number) => void): void {
  let rowStart = 0;
  let rowLength = 0;
  let end = 0;
  for (let wordStart = 0; wordStart <= text.length; wordStart++) {
    let wordEnd = wordStart;
    while (wordEnd < text.length && !isBlank(text.charCodeAt(wordEnd))) wordEnd++;
    const width = wordEnd - wordStart;
    // The blank before the word, kept only on a row that has begun.
    if (wordStart > 0 && rowLength > 0) rowLength++;
    if (rowLength === 0) rowStart = wordStart;
    if (width > columns) {
      // A word longer than a row is cut: after the blank when that makes fewer rows.
      if (Math.floor((width - 1) / columns) < 1 + Math.floor((width - (columns - rowLength) - 1) / columns)) {
        if ((end = trimmedEnd(text, rowStart, rowStart + rowLength)) > rowStart) line(rowStart, end);
        rowStart = wordStart;
        rowLength = 0;
      }
      for (let i = wordStart; i < wordEnd; i++) {
        if (rowLength + 1 > columns) {
          if ((end = trimmedEnd(text, rowStart, rowStart + rowLength)) > rowStart) line(rowStart, end);
          rowStart = i;
          rowLength = 0;
        }
        rowLength++;
      }
    } else {
      if (rowLength + width > columns && width > 0 && rowLength > 0) {
        if ((end = trimmedEnd(text, rowStart, rowStart + rowLength)) > rowStart) line(rowStart, end);
        rowStart = wordStart;
        rowLength = 0;
      }
      rowLength += width;
    }
    wordStart = wordEnd;
  }
  if ((end = trimmedEnd(text, rowStart, rowStart + rowLength)) > rowStart) line(rowStart, end);
}
