// The help (h, F1): every binding of the keymap, by group, in as many columns as
// the pane needs to show them all.
import { Box } from 'ink';
import { helpGroups } from '../keymap.js';
import type { Theme } from '../theme.js';
import { fit } from '../text-fit.js';
import { displayWidth } from '../../layout/width.js';
import { Rows } from './rows.js';

type Row = { kind: 'group' | 'entry' | 'blank'; text: string; label?: string };

import type { HelpGroups } from '../key-table.js';

export type { HelpGroups };

/** `text` in rows of `columns` columns, broken at spaces. */
function wrapWords(text: string, columns: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ')) {
    if (row && displayWidth(`${row} ${word}`) > columns) {
      rows.push(row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  if (row) rows.push(row);
  return rows;
}

/** Each group as rows for columns of `colWidth`: a help text too long for its column wraps under itself. */
function groupRows(source: HelpGroups, colWidth: number): Row[][] {
  return source.map(({ group, entries }) => {
    const labelWidth = Math.min(Math.max(...entries.map((e) => displayWidth(e.label))), Math.floor(colWidth / 2));
    const rows: Row[] = [{ kind: 'group', text: group }];
    for (const e of entries) {
      const label = fit(e.label, labelWidth);
      wrapWords(e.help, Math.max(8, colWidth - labelWidth - 2)).forEach((text, i) =>
        rows.push({ kind: 'entry', label: i === 0 ? label : ' '.repeat(labelWidth), text }),
      );
    }
    return rows;
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
function helpRows(width: number, height: number, theme: Theme, source: HelpGroups = helpGroups()): string[] {
  const widthFor = (count: number) => Math.floor((width - 2 * (count - 1)) / count);
  let layout = columns(groupRows(source, widthFor(1)), 1);
  for (let count = 1; count <= 3; count++) {
    if (count > 1 && widthFor(count) < 34) break;
    layout = columns(groupRows(source, widthFor(count)), count);
    if (Math.max(...layout.map((c) => c.length)) <= height) break;
  }
  const colWidth = widthFor(layout.length);
  const tallest = Math.max(...layout.map((c) => c.length));
  const rows: string[] = [];
  for (let r = 0; r < Math.min(tallest, height); r++) {
    const cells = layout.map((col) => {
      const row = col[r];
      if (!row || row.kind === 'blank') return ' '.repeat(colWidth);
      if (row.kind === 'group') return theme.paint('heading', fit(row.text, colWidth));
      const label = row.label ?? '';
      return theme.paint('key', label) + fit(`  ${row.text}`, colWidth - displayWidth(label));
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
