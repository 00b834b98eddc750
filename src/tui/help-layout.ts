// The help's layout: every binding of a keymap, by group, in as many columns
// as the window needs to show them all. When even the widest layout is taller
// than the window (the reader's keys at 80x24), the help is a window onto it
// that scrolls, its last row saying where it is and how to move.
import type { HelpGroups } from './key-table.js';
import { geometry, type Size } from './geometry.js';
import type { Theme } from './theme.js';
import { fit } from './text-fit.js';
import { displayWidth } from '../layout/width.js';

type Row = { kind: 'group' | 'entry' | 'blank'; text: string; label?: string };

// Columns narrower than this wrap most help texts onto three rows.
const MIN_COLUMN = 34;
const MAX_COLUMNS = 3;
const GAP = 2;

/** What the last row of a help that scrolls says, after where it is. */
const HELP_SCROLL_HINT = 'j k Space b g G scroll';

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

/** Each group as rows for columns of `colWidth`: a label or help text too long for its place wraps under itself. */
function groupRows(source: HelpGroups, colWidth: number): Row[][] {
  return source.map(({ group, entries }) => {
    const labelWidth = Math.min(Math.max(...entries.map((e) => displayWidth(e.label))), Math.floor(colWidth / 2));
    const rows: Row[] = [{ kind: 'group', text: group }];
    for (const e of entries) {
      const labels = wrapWords(e.label, labelWidth);
      const texts = wrapWords(e.help, Math.max(8, colWidth - labelWidth - 2));
      for (let i = 0; i < Math.max(labels.length, texts.length); i++) {
        rows.push({ kind: 'entry', label: fit(labels[i] ?? '', labelWidth), text: texts[i] ?? '' });
      }
    }
    return rows;
  });
}

/** Groups dealt into `count` columns in order, none taller than needed. */
function deal(groups: Row[][], count: number): Row[][] {
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

const widthFor = (width: number, count: number) => Math.floor((width - GAP * (count - 1)) / count);

/** The fewest columns that show every row in `height`, else the most that stay readable. */
function layout(source: HelpGroups, width: number, height: number): Row[][] {
  let cols = deal(groupRows(source, widthFor(width, 1)), 1);
  for (let count = 2; count <= MAX_COLUMNS && Math.max(...cols.map((c) => c.length)) > height; count++) {
    if (widthFor(width, count) < MIN_COLUMN) break;
    cols = deal(groupRows(source, widthFor(width, count)), count);
  }
  return cols;
}

/** How far the help can scroll in a window of `width` x `height`: 0 when it fits. */
export function helpScrollMax(source: HelpGroups, width: number, height: number): number {
  const tallest = Math.max(...layout(source, width, height).map((c) => c.length));
  return tallest <= height ? 0 : Math.max(0, tallest - (height - 1));
}

/** The reader's help window in a terminal of `size`: inside the double border of the body. */
export function readerHelpBox(size: Size): { width: number; height: number } {
  const geo = geometry(size, { tocHidden: true, peopleHidden: true });
  return { width: Math.max(1, geo.columns - 4), height: Math.max(0, geo.bodyHeight - 2) };
}

/**
 * The help as rows of `width` columns, at most `height` of them. Taller than
 * that, it shows the rows from `top` on with a last row saying where it is; or,
 * when it cannot scroll (`top` undefined), as many as fit and a note.
 */
export function helpRows(width: number, height: number, theme: Theme, source: HelpGroups, top?: number): string[] {
  const cols = layout(source, width, height);
  const colWidth = widthFor(width, cols.length);
  const tallest = Math.max(...cols.map((c) => c.length));
  const scrolls = tallest > height && height > 1 && top !== undefined;
  const first = scrolls ? Math.min(Math.max(0, top), tallest - (height - 1)) : 0;
  const shown = tallest > height ? height - 1 : tallest;
  const rows: string[] = [];
  for (let r = first; r < first + Math.max(0, shown); r++) {
    const cells = cols.map((col) => {
      const row = col[r];
      if (!row || row.kind === 'blank') return ' '.repeat(colWidth);
      if (row.kind === 'group') return theme.paint('heading', fit(row.text, colWidth));
      const label = row.label ?? '';
      return theme.paint('key', label) + fit(`  ${row.text}`, colWidth - displayWidth(label));
    });
    rows.push(cells.join(' '.repeat(GAP)));
  }
  if (tallest > height && height > 0) {
    const note = scrolls ? `rows ${first + 1}–${first + shown} of ${tallest} · ${HELP_SCROLL_HINT}` : '… a larger window shows every key';
    rows.push(theme.paint('dim', fit(note, width)));
  }
  return rows;
}
