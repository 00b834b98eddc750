// Printing the figures as aligned tables, with the target and pass/fail
// beside the figures that have one.

export type Verdict = 'PASS' | 'FAIL' | '';

export interface Row {
  cells: string[];
  target?: string;
  verdict?: Verdict;
}

export function verdict(ok: boolean | null): Verdict {
  return ok === null ? '' : ok ? 'PASS' : 'FAIL';
}

export function printTable(title: string, header: string[], rows: Row[], write: (s: string) => void): void {
  const withTarget = rows.some((r) => r.target !== undefined);
  const head = withTarget ? [...header, 'target', ''] : header;
  const body = rows.map((r) => (withTarget ? [...r.cells, r.target ?? '', r.verdict ?? ''] : r.cells));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  write(`\n${title}\n`);
  write(line(head) + '\n');
  for (const cells of body) write(line(cells) + '\n');
}
