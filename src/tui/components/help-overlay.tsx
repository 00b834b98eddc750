// The `?` help: every binding of the keymap, by group, in as many columns as
// the pane needs to show them all.
import { Box } from 'ink';
import { helpGroups } from '../keymap.js';
import type { Theme } from '../theme.js';
import { fit, width as columnsOf } from '../text-fit.js';
import { Rows } from './rows.js';

type Row = { kind: 'group' | 'entry' | 'blank'; text: string; label?: string };

export type HelpGroups = { group: string; entries: { label: string; help: string }[] }[];

function groupRows(source: HelpGroups): Row[][] {
  return source.map(({ group, entries }) => {
    const labelWidth = Math.max(...entries.map((e) => columnsOf(e.label)));
    return [
      { kind: 'group', text: group },
      ...entries.map((e): Row => ({ kind: 'entry', label: e.label + ' '.repeat(labelWidth - columnsOf(e.label)), text: e.help })),
    ];
  });
}

/** Groups dealt into `count` columns in order, none taller than needed. */
function columns(groups: Row[][], count: number): Row[][] {
  const total = groups.reduce((n, g) => n + g.length + 1, 0);
  const target = Math.ceil(total / count);
  const cols: Row[][] = [[]];
  for (const g of groups) {
    const col = cols[cols.length - 1];
    if (col.length > 0 && col.length + g.length > target && cols.length < count) cols.push([]);
    const last = cols[cols.length - 1];
    if (last.length > 0) last.push({ kind: 'blank', text: '' });
    last.push(...g);
  }
  return cols;
}

/** The help as rows of `width` columns, at most `height` of them. */
export function helpRows(width: number, height: number, theme: Theme, source: HelpGroups = helpGroups()): string[] {
  const groups = groupRows(source);
  let layout = columns(groups, 1);
  for (let count = 1; count <= 3; count++) {
    const cols = columns(groups, count);
    const colWidth = Math.floor((width - 2 * (count - 1)) / count);
    if (count > 1 && colWidth < 34) break;
    layout = cols;
    if (Math.max(...cols.map((c) => c.length)) <= height) break;
  }
  const colWidth = Math.floor((width - 2 * (layout.length - 1)) / layout.length);
  const tallest = Math.max(...layout.map((c) => c.length));
  const rows: string[] = [];
  for (let r = 0; r < Math.min(tallest, height); r++) {
    const cells = layout.map((col) => {
      const row = col[r];
      if (!row || row.kind === 'blank') return ' '.repeat(colWidth);
      if (row.kind === 'group') return theme.paint('heading', fit(row.text, colWidth));
      const label = fit(row.label ?? '', Math.min(colWidth, columnsOf(row.label ?? '')));
      return theme.paint('key', label) + fit(`  ${row.text}`, colWidth - columnsOf(label));
    });
    rows.push(cells.join('  '));
  }
  if (tallest > height && height > 0) rows[height - 1] = theme.paint('dim', fit('… a larger window shows every key', width));
  return rows;
}

export function HelpOverlay({ width, height, theme, groups }: { width: number; height: number; theme: Theme; groups?: HelpGroups }) {
  const inner = Math.max(1, width - 4);
  const rows = helpRows(inner, Math.max(0, height - 2), theme, groups);
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1} borderStyle="double" borderColor={theme.border(true)}>
      <Rows rows={rows} />
    </Box>
  );
}
