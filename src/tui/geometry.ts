// Where each pane goes for a terminal size. Pure: the reducer uses it for
// page sizes and the wrap width, the view for drawing, so both always agree.

export type Mode = 'wide' | 'narrow' | 'alone';

export interface Size {
  columns: number;
  rows: number;
}

export interface Geometry {
  mode: Mode;
  columns: number;
  /** Height of a frame: one row short of what Ink is told the terminal has (see full-height.ts), which is the whole real screen. */
  frameHeight: number;
  /** Height of the panes, above the status bar. */
  bodyHeight: number;
  /** Docked side panes (wide mode), or null. */
  toc: PaneBox | null;
  people: PaneBox | null;
  /** Side panes drawn over the reader (narrow and alone modes). */
  overlayWidth: { toc: number; people: number };
  reader: ReaderBox;
}

export interface PaneBox {
  width: number;
  /** Rows for list entries, inside the border and under the pane title. */
  listHeight: number;
}

export interface ReaderBox {
  width: number;
  bordered: boolean;
  /** Columns of text and the margin left of it. */
  textWidth: number;
  marginLeft: number;
  /** Lines of text shown at once. */
  textHeight: number;
}

/** Below these the side panes collapse; below the second pair the reader is shown alone. */
const WIDE_COLUMNS = 100;
const MIN_PANES_COLUMNS = 60;
const MIN_PANES_ROWS = 10;
/** Lines longer than this are hard to read: wider readers get margins instead. */
const MAX_MEASURE = 100;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The contents pane: its longest entry (`want` columns of text) within limits, else a fifth of the screen. */
function tocWidthFor(columns: number, want?: number): number {
  if (want === undefined) return clamp(Math.round(columns * 0.2), 20, 32);
  return clamp(want + 2, 20, clamp(Math.round(columns * 0.22), 20, 36));
}

/** The people pane: the longest name with its counts within limits, else a quarter of the screen. */
function peopleWidthFor(columns: number, want?: number): number {
  if (want === undefined) return clamp(Math.round(columns * 0.24), 24, 40);
  return clamp(want + 2, 24, clamp(Math.round(columns * 0.27), 24, 42));
}

export interface PaneVisibility {
  tocHidden: boolean;
  peopleHidden: boolean;
  /** What the article's entries would like (see paneWants); absent: the fixed shares. */
  wants?: { toc: number; people: number } | null;
}

export function modeFor({ columns, rows }: Size): Mode {
  if (columns < MIN_PANES_COLUMNS || rows < MIN_PANES_ROWS) return 'alone';
  return columns < WIDE_COLUMNS ? 'narrow' : 'wide';
}

export function geometry(size: Size, visibility: PaneVisibility): Geometry {
  const columns = Math.max(1, Math.floor(size.columns));
  const rows = Math.max(2, Math.floor(size.rows));
  const mode = modeFor({ columns, rows });
  const frameHeight = rows - 1;
  const bodyHeight = Math.max(0, frameHeight - 1);
  const bordered = mode !== 'alone';
  const sideListHeight = Math.max(0, bodyHeight - 3);
  const tocWidth = tocWidthFor(columns, visibility.wants?.toc);
  const peopleWidth = peopleWidthFor(columns, visibility.wants?.people);
  const toc = mode === 'wide' && !visibility.tocHidden ? { width: tocWidth, listHeight: sideListHeight } : null;
  const people = mode === 'wide' && !visibility.peopleHidden ? { width: peopleWidth, listHeight: sideListHeight } : null;
  const readerWidth = Math.max(1, columns - (toc?.width ?? 0) - (people?.width ?? 0));
  // Inside: a border (wide, narrow) and one column of padding each side when there is room.
  const inner = Math.max(1, readerWidth - (bordered ? 2 : 0));
  const padding = inner >= 24 ? 1 : 0;
  const available = Math.max(1, inner - 2 * padding);
  const textWidth = Math.min(available, MAX_MEASURE);
  return {
    mode,
    columns,
    frameHeight,
    bodyHeight,
    toc,
    people,
    overlayWidth: {
      toc: Math.min(columns, tocWidth + 4),
      people: Math.min(columns, peopleWidth + 6),
    },
    reader: {
      width: readerWidth,
      bordered,
      textWidth,
      marginLeft: padding + Math.floor((available - textWidth) / 2),
      textHeight: Math.max(0, bodyHeight - (bordered ? 2 : 0)),
    },
  };
}
