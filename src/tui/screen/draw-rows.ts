// Row by row, what takes the terminal from the rows it shows to the next
// frame's: unchanged rows are skipped, a changed row of simple characters is
// written only where it changed (runs of equal cells between two changes
// are written over when that is shorter than moving past them), and any
// other changed row is written whole. The cursor and the style end where a
// full redraw leaves them: after the last row's text, in the default style.
import { displayWidth } from '../../layout/width.js';
import type { Pen } from './pen.js';
import type { ScreenRow } from './rows.js';
import { PLAIN } from './sgr.js';

const utf8Length = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
/** Bytes of a move right by `n` columns: ESC [ n C. */
const jumpCost = (n: number) => (n === 1 ? 3 : 3 + String(n).length);
/** About what a change of style costs. */
const STYLE_COST = 5;

/** What writing the equal cells [from, to) of `chars` costs, against jumping over them. */
function runCost(chars: string, styles: string, from: number, to: number): number {
  let cost = 0;
  for (let i = from; i <= to && i < chars.length; i++) {
    if (i < to) cost += utf8Length(chars.charCodeAt(i));
    if (i > 0 && styles.charCodeAt(i) !== styles.charCodeAt(i - 1)) cost += STYLE_COST;
  }
  return cost;
}

/** The changed cells of row `y`, both versions of it being simple. */
function drawChanges(pen: Pen, y: number, was: ScreenRow, row: ScreenRow): void {
  const [a, as, b, bs] = [was.chars!, was.styles!, row.chars!, row.styles!];
  const end = Math.max(a.length, b.length);
  // Past a row's text its cells are blank: two blanks are the same.
  const same = (i: number) => (i < a.length ? i < b.length && a.charCodeAt(i) === b.charCodeAt(i) && as.charCodeAt(i) === bs.charCodeAt(i) : i >= b.length);
  for (let i = 0; i < end;) {
    if (same(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < end && !same(j)) j++;
      let k = j;
      while (k < end && same(k)) k++;
      if (k >= end || runCost(b, bs, j, k) > jumpCost(k - j)) break;
      j = k;
    }
    pen.moveTo(y, i);
    if (j > b.length) {
      // The old text goes on past the new: write the new to its end and erase the rest.
      if (i < b.length) pen.cells(b.slice(i), bs.slice(i));
      pen.eraseRight();
      return;
    }
    pen.cells(b.slice(i, j), bs.slice(i, j));
    i = j;
  }
}

function drawWhole(pen: Pen, y: number, was: ScreenRow, row: ScreenRow): void {
  pen.moveTo(y, 0);
  if (was.source !== '') pen.eraseRight();
  if (row.chars !== null) pen.cells(row.chars, row.styles!);
  else pen.wholeRow(row.source);
}

/** Leave the cursor where a full redraw does: just after the last row's text. */
function leaveCursor(pen: Pen, rows: readonly ScreenRow[]): void {
  const y = rows.length - 1;
  const last = rows[y];
  const width = last.chars !== null ? last.chars.length : displayWidth(last.source);
  if (width < pen.cols) pen.moveTo(y, width);
  else if (last.chars !== null) {
    // A full row leaves the terminal waiting to wrap after its last cell: write that cell again.
    pen.moveTo(y, pen.cols - 1);
    pen.cells(last.chars.slice(-1), last.styles!.slice(-1));
  } else {
    pen.moveTo(y, 0);
    pen.eraseRight();
    pen.wholeRow(last.source);
  }
  pen.setStyle(PLAIN);
}

/** Write into `pen` what takes a terminal showing `shown` to showing `next` (as many rows, as wide). */
export function drawRows(pen: Pen, shown: readonly ScreenRow[], next: readonly ScreenRow[]): void {
  for (let y = 0; y < next.length; y++) {
    const [was, row] = [shown[y], next[y]];
    if (was.source === row.source) continue;
    if (was.chars === null || row.chars === null) drawWhole(pen, y, was, row);
    else drawChanges(pen, y, was, row);
  }
  pen.setStyle(PLAIN);
  leaveCursor(pen, next);
}
