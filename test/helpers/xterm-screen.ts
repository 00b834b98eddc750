// A terminal's screen as a test compares it: every cell's character, width
// and style (an erased cell and a written space are told apart), the
// cursor's place, the buffer showing. Two terminals whose states are equal
// look the same, and go on the same way whatever is written next.
import xterm from '@xterm/headless';

const { Terminal } = xterm;
export type Xterm = InstanceType<typeof Terminal>;

/** A headless terminal that turns a newline into a carriage return and line feed, as a pty's ONLCR does. */
export function headless(cols: number, rows: number): Xterm {
  return new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0, convertEol: true });
}

/** Resolve once `term` has taken in `data`. */
export function feed(term: Xterm, data: string): Promise<void> {
  return new Promise((resolve) => term.write(data, resolve));
}

const SEPARATOR = '\u0001';

/** Each row's cells, then the cursor and the buffer: equal for two terminals that show the same. */
export function screenState(term: Xterm): string[] {
  const buffer = term.buffer.active;
  // One cell object, filled in for each cell in turn.
  const cell = buffer.getNullCell();
  const rows: string[] = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const cells: string[] = [];
    for (let x = 0; x < term.cols; x++) {
      if (!line?.getCell(x, cell)) {
        cells.push('?');
        continue;
      }
      const flags = cell.isBold() | (cell.isDim() << 1) | (cell.isItalic() << 2) | (cell.isUnderline() << 3) | (cell.isBlink() << 4) | (cell.isInverse() << 5);
      const more = cell.isInvisible() | (cell.isStrikethrough() << 1) | (cell.isOverline() << 2);
      cells.push(
        `${cell.getChars() || '∅'}/${cell.getWidth()}/${cell.getFgColorMode()}:${cell.getFgColor()}/${cell.getBgColorMode()}:${cell.getBgColor()}/${flags}.${more}`,
      );
    }
    rows.push(cells.join(SEPARATOR));
  }
  const { cursorX, cursorY, type } = buffer;
  rows.push(`cursor ${cursorX},${cursorY} in the ${type} buffer`);
  return rows;
}

/** The visible text of each row, for a readable failure. */
export function screenText(term: Xterm): string[] {
  const buffer = term.buffer.active;
  return Array.from({ length: term.rows }, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
}

/** Where two states first differ, as a line for a failure message ('' when equal). */
export function firstDifference(a: string[], b: string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (i >= a.length - 1 || i >= b.length - 1) return `${a[i]} ≠ ${b[i]}`;
    const ca = a[i].split(SEPARATOR);
    const cb = b[i].split(SEPARATOR);
    const x = ca.findIndex((c, k) => c !== cb[k]);
    return `row ${i}, column ${x}: ${ca[x]} ≠ ${cb[x]}`;
  }
  return '';
}
