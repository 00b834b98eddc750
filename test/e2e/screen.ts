// Reading a terminal emulator's visible screen as text: rows, columns, cells.
import type xterm from '@xterm/headless';

type Term = InstanceType<typeof xterm.Terminal>;

/** Something to wait for on the screen: text, a pattern, or a test of the screen. */
export type ScreenCondition = string | RegExp | ((screen: string) => boolean);

export function matches(condition: ScreenCondition, screen: string): boolean {
  if (typeof condition === 'string') return screen.includes(condition);
  if (condition instanceof RegExp) return condition.test(screen);
  return condition(screen);
}

/** The columns [from, to) of every visible row (all of them by default), trailing spaces trimmed. */
export function visibleRows(term: Term, from?: number, to?: number): string[] {
  const buffer = term.buffer.active;
  const out: string[] = [];
  for (let y = 0; y < term.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true, from, to) ?? '');
  return out;
}

/** The character in each visible row at column `x` ('' for none). */
export function visibleColumn(term: Term, x: number): string[] {
  const buffer = term.buffer.active;
  const out: string[] = [];
  for (let y = 0; y < term.rows; y++)
    out.push(
      buffer
        .getLine(buffer.viewportY + y)
        ?.getCell(x)
        ?.getChars() ?? '',
    );
  return out;
}
