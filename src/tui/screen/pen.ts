// What a redraw writes, with the cursor and the style the terminal is left
// in after each piece, so that each move and colour change is the shortest
// that gets there. The cursor is "unknown" after anything whose end this
// cannot be sure of (text up to the last column, where a terminal waits to
// wrap): the next move is then absolute.
import { PLAIN, sgrFrom } from './sgr.js';

const CSI = '\u001b[';

const count = (n: number) => (n === 1 ? '' : String(n));

export class Pen {
  out = '';
  /** The cursor's row and column, or -1 when unknown. */
  row = -1;
  col = -1;
  /** The style the terminal draws in now. */
  style = PLAIN;

  constructor(readonly cols: number) {}

  /** Move to row `r`, column `c` (from 0), by the shortest code. */
  moveTo(r: number, c: number): void {
    if (r === this.row && c === this.col) return;
    let best = c === 0 ? (r === 0 ? `${CSI}H` : `${CSI}${r + 1}H`) : `${CSI}${r + 1};${c + 1}H`;
    if (this.row >= 0 && this.col >= 0) {
      let vertical = '';
      if (r > this.row) vertical = r === this.row + 1 && c === 0 ? '\n' : `${CSI}${count(r - this.row)}B`;
      else if (r < this.row) vertical = `${CSI}${count(this.row - r)}A`;
      // A newline has already gone to the first column (the terminal's output keeps ONLCR on, as Ink's frames need).
      const from = vertical === '\n' ? 0 : this.col;
      const relative = vertical + this.horizontal(from, c);
      if (relative.length < best.length) best = relative;
    }
    this.out += best;
    this.row = r;
    this.col = c;
  }

  private horizontal(from: number, to: number): string {
    if (to === from) return '';
    if (to === 0) return '\r';
    const absolute = `${CSI}${to + 1}G`;
    const relative = to > from ? `${CSI}${count(to - from)}C` : `${CSI}${count(from - to)}D`;
    const fromStart = `\r${CSI}${count(to)}C`;
    return [relative, fromStart].reduce((a, b) => (b.length < a.length ? b : a), absolute);
  }

  setStyle(style: number): void {
    this.out += sgrFrom(this.style, style);
    this.style = style;
  }

  /** Simple characters at the cursor, `styles` giving each one's style number. */
  cells(chars: string, styles: string): void {
    for (let i = 0; i < chars.length;) {
      const style = styles.charCodeAt(i);
      let end = i + 1;
      while (end < chars.length && styles.charCodeAt(end) === style) end++;
      this.setStyle(style);
      this.out += chars.slice(i, end);
      i = end;
    }
    this.col += chars.length;
    // At the last column the terminal waits to wrap: where the cursor is then differs between terminals.
    if (this.col >= this.cols) this.row = this.col = -1;
  }

  /**
   * A whole row of Ink's, from the default style to the default style. Where
   * the terminal puts the columns of text other than simple characters is its
   * own affair: the cursor is unknown after it.
   */
  wholeRow(source: string): void {
    this.setStyle(PLAIN);
    this.out += source;
    this.row = this.col = -1;
  }

  /** Erase from the cursor to the end of its row, in the default colours as a full redraw erases. */
  eraseRight(): void {
    this.setStyle(PLAIN);
    this.out += `${CSI}K`;
  }

  /** Anything else, after which the cursor is at `row`, `col` (-1: unknown). */
  raw(code: string, row = -1, col = -1): void {
    this.out += code;
    this.row = row;
    this.col = col;
  }
}
