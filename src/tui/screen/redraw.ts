// The bytes that take the terminal from the frame it shows to the next one:
// the changed rows (draw-rows.ts), or a scroll of the terminal's own and the
// rows it does not give (scroll.ts), whichever is fewer bytes. A scroll is
// written only inside a synchronized update, which the caller wraps it in.
import { drawRows } from './draw-rows.js';
import { Pen } from './pen.js';
import type { ScreenRow } from './rows.js';
import { scrollCandidates, scrollCode, scrolled } from './scroll.js';

export interface RedrawOptions {
  cols: number;
  /** Whether a scroll region may be used. */
  scroll: boolean;
}

export interface Redraw {
  code: string;
  /** Whether `code` sets a scroll region (it always sets it back). */
  scrolls: boolean;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Take a terminal `cols` wide, showing `shown` from its top row in the
 * default style, to showing `next` (as many rows), the cursor and the style
 * left as a full redraw leaves them.
 */
export function redraw(shown: readonly ScreenRow[], next: readonly ScreenRow[], { cols, scroll }: RedrawOptions): Redraw {
  const plain = new Pen(cols);
  drawRows(plain, shown, next);
  let best: Redraw = { code: plain.out, scrolls: false };
  if (!scroll) return best;
  let bestBytes = bytes(best.code);
  for (const candidate of scrollCandidates(shown, next)) {
    const pen = new Pen(cols);
    // The scroll ends with the region reset, which homes the cursor.
    pen.raw(scrollCode(candidate), 0, 0);
    drawRows(pen, scrolled(shown, candidate), next);
    const size = bytes(pen.out);
    if (size < bestBytes) [best, bestBytes] = [{ code: pen.out, scrolls: true }, size];
  }
  return best;
}
