// What the terminal shows, frame after frame, and what to write to show the
// next: a frame Ink draws whole (from the top-left corner of a cleared
// screen) becomes, when the frame before it is known cell by cell, only the
// bytes that change it (redraw.ts). The picture is dropped, and the next frame
// drawn whole, on anything that may have changed the screen behind its back:
// a resize, a write that is not a frame, a frame this model cannot vouch for.
import { parseFrame, type ScreenRow } from './rows.js';
import { redraw } from './redraw.js';
import type { RedrawMode } from './redraw-mode.js';

const SYNC_START = '\u001b[?2026h';
const SYNC_END = '\u001b[?2026l';

interface Picture {
  rows: ScreenRow[];
  cols: number;
}

export class ShownScreen {
  private picture: Picture | null = null;
  private inSync = false;

  constructor(readonly mode: RedrawMode) {}

  /** The terminal shows something else now, or may: the next frame is drawn whole. */
  forget(): void {
    this.picture = null;
  }

  /** Synchronized-update marks, as Ink writes them apart from the frame. */
  sync(on: boolean): void {
    this.inSync = on;
  }

  /** The rows of a frame's text as this model knows them, or null (or in full mode). */
  read(body: string, cols: number, rows: number): ScreenRow[] | null {
    if (this.mode === 'full' || body === '') return null;
    const lines = body.split('\n');
    if (lines.length > rows) return null;
    const parsed = parseFrame(lines, this.picture?.rows);
    // A row wider than the terminal wraps onto the next: no longer one row of the picture.
    return parsed && parsed.every((row) => row.chars === null || row.chars.length <= cols) ? parsed : null;
  }

  /** The terminal now shows `rows` (null: something not known cell by cell), drawn whole. */
  drewWhole(rows: ScreenRow[] | null, cols: number): void {
    this.picture = rows && { rows, cols };
  }

  /**
   * What to write for a frame whose whole text is `whole` and whose rows
   * are `rows`: the changes from the picture when there is one of the same
   * size, else `whole`.
   */
  frame(whole: string, rows: ScreenRow[] | null, cols: number): string {
    const before = this.picture;
    this.drewWhole(rows, cols);
    if (!rows || !before || before.cols !== cols || before.rows.length !== rows.length) return whole;
    const { code, scrolls } = redraw(before.rows, rows, { cols, scroll: this.mode === 'scroll' });
    // Inside a synchronized update the terminal shows no half-scrolled frame.
    return scrolls && !this.inSync ? `${SYNC_START}${code}${SYNC_END}` : code;
  }
}
