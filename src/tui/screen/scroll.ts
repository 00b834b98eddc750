// Scrolls a redraw can start with: when rows of the next frame are rows of
// the shown one moved up or down (the reading pane scrolled), the terminal
// can move them itself inside a scroll region (DECSTBM), by index or reverse
// index, and only what the move does not give is written. A scroll region
// spans whole rows, so with panes side by side it moves the still panes
// too: whether it pays is decided by the bytes (redraw.ts), not here.
import { BLANK_ROW, type ScreenRow } from './rows.js';

/** Rows `top` to `bottom` (from 0, inclusive) move up by `by` rows (down when negative). */
export interface Scroll {
  top: number;
  bottom: number;
  by: number;
}

const isSpaces = (text: string) => /^ *$/.test(text);

/** Whether rows `a` and `b` hold the same cells in columns [from, to). */
function sameColumns(a: ScreenRow, b: ScreenRow, from: number, to: number): boolean {
  return a.chars !== null && b.chars !== null && a.chars.slice(from, to) === b.chars.slice(from, to) && a.styles!.slice(from, to) === b.styles!.slice(from, to);
}

/** The columns [from, to) of `row` that differ from `was`, or null. */
function changedColumns(was: ScreenRow, row: ScreenRow): [number, number] | null {
  if (was.chars === null || row.chars === null || was.source === row.source) return null;
  const [a, as, b, bs] = [was.chars, was.styles!, row.chars, row.styles!];
  const end = Math.max(a.length, b.length);
  const differs = (i: number) => a[i] !== b[i] || as[i] !== bs[i];
  let from = 0;
  while (from < end && !differs(from)) from++;
  let to = end;
  while (to > from && !differs(to - 1)) to--;
  return from < to ? [from, Math.min(to, b.length)] : null;
}

/**
 * The shifts worth trying, most likely first: each row that changed votes
 * for the shifts that bring its changed columns from another row of the
 * shown frame; a shift needs two votes.
 */
function likelyShifts(shown: readonly ScreenRow[], next: readonly ScreenRow[]): { by: number; columns: [number, number] }[] {
  const votes = new Map<number, { count: number; from: number; to: number }>();
  for (let y = 0; y < next.length; y++) {
    const columns = changedColumns(shown[y], next[y]);
    if (!columns) continue;
    const [from, to] = columns;
    // Blank columns match any blank row: they say nothing of where the text went.
    if (from >= to || isSpaces(next[y].chars!.slice(from, to))) continue;
    for (let source = 0; source < shown.length; source++) {
      if (source === y || !sameColumns(shown[source], next[y], from, to)) continue;
      const by = source - y;
      const vote = votes.get(by);
      if (vote) [vote.count, vote.from, vote.to] = [vote.count + 1, Math.min(vote.from, from), Math.max(vote.to, to)];
      else votes.set(by, { count: 1, from, to });
    }
  }
  return [...votes.entries()]
    .filter(([, v]) => v.count >= 2)
    .sort((x, y) => y[1].count - x[1].count)
    .slice(0, 2)
    .map(([by, v]) => ({ by, columns: [v.from, v.to] }));
}

/** The longest run of rows that a shift by `by` brings right in `columns`, as the region that scrolls. */
function regionFor(shown: readonly ScreenRow[], next: readonly ScreenRow[], by: number, [from, to]: [number, number]): Scroll | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let y = 0; y <= next.length; y++) {
    const source = y + by;
    const fits = y < next.length && source >= 0 && source < shown.length && sameColumns(shown[source], next[y], from, to);
    if (fits && start < 0) start = y;
    if (!fits && start >= 0) {
      if (!best || y - start > best[1] - best[0]) best = [start, y - 1];
      start = -1;
    }
  }
  if (!best) return null;
  // The region takes in the rows the text comes from, and the rows it uncovers.
  const [top, bottom] = by > 0 ? [best[0], best[1] + by] : [best[0] + by, best[1]];
  return bottom > top ? { top, bottom, by } : null;
}

/** The scrolls to weigh against a plain redraw of `next` over `shown`. */
export function scrollCandidates(shown: readonly ScreenRow[], next: readonly ScreenRow[]): Scroll[] {
  if (shown.length !== next.length) return [];
  return likelyShifts(shown, next)
    .map(({ by, columns }) => regionFor(shown, next, by, columns))
    .filter((s): s is Scroll => s !== null);
}

/** The rows a terminal shows after `scroll`: the region's rows moved, the rows uncovered blank. */
export function scrolled(shown: readonly ScreenRow[], { top, bottom, by }: Scroll): ScreenRow[] {
  const rows = [...shown];
  for (let y = top; y <= bottom; y++) {
    const source = y + by;
    rows[y] = source >= top && source <= bottom ? shown[source] : BLANK_ROW;
  }
  return rows;
}

/**
 * The codes of `scroll`, in the default style (the rows uncovered are
 * erased in the current colours): the region set (which homes the cursor),
 * index at its bottom or reverse index at its top once per row, and the
 * whole screen as the region again (the cursor home again).
 */
export function scrollCode({ top, bottom, by }: Scroll): string {
  const region = `\u001b[${top + 1};${bottom + 1}r`;
  const steps = by > 0 ? `\u001b[${bottom + 1}H${'\u001bD'.repeat(by)}` : `${top === 0 ? '' : `\u001b[${top + 1}H`}${'\u001bM'.repeat(-by)}`;
  return `${region}${steps}\u001b[r`;
}
