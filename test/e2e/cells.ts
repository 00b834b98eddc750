// Reading styles off the emulated screen: which text is drawn inverse, bold,
// in which colour. Tests of marks look at the cells, not at escape codes.
import type { TerminalSession } from './harness.js';

export interface CellStyle {
  inverse: boolean;
  bold: boolean;
  underline: boolean;
  /** Foreground palette colour, or -1 for the default. */
  fg: number;
  bg: number;
}

export function cellStyle(s: TerminalSession, x: number, y: number): CellStyle | null {
  const buffer = s.term.buffer.active;
  const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
  if (!cell) return null;
  return {
    inverse: cell.isInverse() !== 0,
    bold: cell.isBold() !== 0,
    underline: cell.isUnderline() !== 0,
    fg: cell.isFgDefault() ? -1 : cell.getFgColor(),
    bg: cell.isBgDefault() ? -1 : cell.getBgColor(),
  };
}

const key = (c: CellStyle) => `${+c.inverse}${+c.bold}${+c.underline}:${c.fg}:${c.bg}`;

/**
 * The screen's text cut into runs of one style, in reading order: each run
 * with its style key, so a test can ask "which words are drawn like this".
 */
export function styledRuns(s: TerminalSession, from = 0, to = s.term.cols): { text: string; style: string; cell: CellStyle }[] {
  const runs: { text: string; style: string; cell: CellStyle }[] = [];
  const buffer = s.term.buffer.active;
  for (let y = 0; y < s.term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    if (!line) continue;
    let last: { text: string; style: string; cell: CellStyle } | null = null;
    for (let x = from; x < to; x++) {
      const cell = cellStyle(s, x, y)!;
      const ch = line.getCell(x)?.getChars() || ' ';
      const k = key(cell);
      if (last && last.style === k) last.text += ch;
      else runs.push((last = { text: ch, style: k, cell }));
    }
  }
  return runs;
}

/** The text drawn in styles that pass `test`, run by run. */
export function textWhere(s: TerminalSession, test: (c: CellStyle) => boolean, from?: number, to?: number): string[] {
  return styledRuns(s, from, to)
    .filter((r) => test(r.cell) && r.text.trim() !== '')
    .map((r) => r.text.trim());
}
