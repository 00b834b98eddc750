// A row of a frame as the terminal will hold it: which character and style
// each column gets. Rows of simple characters (one column each, never joined
// to a neighbour: see src/layout/width.ts) are known cell by cell, so a
// redraw can start at any column of them; any other row is known only as a
// whole, and is drawn whole when it changes.
import { isSimpleChar } from '../../layout/width.js';
import { applySgr, PLAIN } from './sgr.js';

export interface ScreenRow {
  /** The row as Ink drew it: text and SGR codes, starting and ending in the default style. */
  source: string;
  /**
   * For a row of simple characters, one character a column for the columns
   * written (the ones after them are blank, as erased); null for other rows.
   */
  chars: string | null;
  /** The style number (sgr.ts) of each of those columns, one UTF-16 unit each. */
  styles: string | null;
}

export const BLANK_ROW: ScreenRow = Object.freeze({ source: '', chars: '', styles: '' });

const ESC = 0x1b;

/** The parameters of the SGR sequence at `at` (ESC [ … m) and where it ends; null for any other escape. */
function sgrAt(source: string, at: number): { params: string; end: number } | null {
  if (source.charCodeAt(at + 1) !== 0x5b) return null;
  for (let i = at + 2; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x6d) return { params: source.slice(at + 2, i), end: i + 1 };
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return null;
  }
  return null;
}

/**
 * One row of a frame; null for a row this model cannot vouch for (an escape
 * other than the colour codes of sgr.ts, a control character, or a style
 * left on at its end, which a full redraw would carry into the next row).
 */
export function parseRow(source: string): ScreenRow | null {
  if (source === '') return BLANK_ROW;
  let chars: string | null = '';
  let styles = '';
  let style = PLAIN;
  for (let i = 0; i < source.length;) {
    const c = source.charCodeAt(i);
    if (c === ESC) {
      const sgr = sgrAt(source, i);
      if (!sgr) return null;
      style = applySgr(style, sgr.params);
      if (style < 0) return null;
      i = sgr.end;
      continue;
    }
    if (c < 0x20 || c === 0x7f) return null;
    if (chars !== null && isSimpleChar(c)) {
      let end = i + 1;
      while (end < source.length && isSimpleChar(source.charCodeAt(end))) end++;
      chars += source.slice(i, end);
      styles += String.fromCharCode(style).repeat(end - i);
      i = end;
    } else {
      // Wide, joining or combining characters: the terminal decides the columns.
      chars = null;
      i++;
    }
  }
  if (style !== PLAIN) return null;
  return { source, chars, styles: chars === null ? null : styles };
}

/** Every row of a frame (its text split at newlines), or null when one of them cannot be vouched for. */
export function parseFrame(rows: readonly string[], previous: readonly ScreenRow[] | null = null): ScreenRow[] | null {
  // Most rows were in the last frame, in the same place or scrolled: no need to read them again.
  const known = new Map<string, ScreenRow>();
  for (const row of previous ?? []) known.set(row.source, row);
  const parsed: ScreenRow[] = [];
  for (const source of rows) {
    const row = known.get(source) ?? parseRow(source);
    if (!row) return null;
    parsed.push(row);
  }
  return parsed;
}
