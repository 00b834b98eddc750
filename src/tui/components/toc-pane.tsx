// The table of contents: the article title, then the sections numbered 1..N,
// the one being read marked, the selection shown when the pane has focus.
import type { ArticleModel } from '../../article/model.js';
import { sectionLabel } from '../../layout/units.js';
import { memo } from 'react';
import type { Theme } from '../theme.js';
import { fit } from '../text-fit.js';
import { ListPane, windowStart } from './list-pane.js';

export interface TocPaneProps {
  model: ArticleModel;
  width: number;
  height: number;
  focused: boolean;
  cursor: number;
  current: number;
  theme: Theme;
  overlay?: { marginLeft: number };
}

export function tocRows(model: ArticleModel, p: Omit<TocPaneProps, 'model' | 'height' | 'overlay'> & { listHeight: number }): string[] {
  const inner = Math.max(0, p.width - 2);
  const count = model.sections.length;
  const digits = String(count).length;
  const index = p.focused ? p.cursor : p.current;
  const from = windowStart(count, p.listHeight, index);
  const rows: string[] = [];
  for (let s = from; s < Math.min(count, from + p.listHeight); s++) {
    const marker = s === p.current ? '▸' : ' ';
    const row = fit(`${marker}${String(s + 1).padStart(digits)} ${sectionLabel(model, s)}`, inner);
    if (p.focused && s === p.cursor) rows.push(p.theme.paint('cursor', row));
    else rows.push(s === p.current ? p.theme.paint('current', row) : row);
  }
  return rows;
}

// Memoised: a key that moves only the reading pane leaves this one as it was.
export const TocPane = memo(function TocPane(props: TocPaneProps) {
  const { model, width, height, focused, theme, overlay } = props;
  const rows = tocRows(model, { ...props, listHeight: Math.max(0, height - 3) });
  return (
    <ListPane title={model.title ?? 'Contents'} rows={rows} width={width} height={height} focused={focused} theme={theme} overlay={overlay} />
  );
});
