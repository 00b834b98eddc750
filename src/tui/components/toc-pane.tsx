// The table of contents: the article title, then the sections numbered 1..N,
// the one being read marked, the selection shown when the pane has focus.
import type { ArticleModel } from '../../core/model.js';
import { sectionLabel } from '../../layout/units.js';
import { memo } from 'react';
import type { Theme } from '../theme.js';
import { twoRows } from './entry-lines.js';
import { ListPane } from './list-pane.js';
import { windowStart } from '../list-window.js';

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

/** The rows the pane shows, each with the section it belongs to (a long title takes two). */
export function tocLines(
  model: ArticleModel,
  p: Omit<TocPaneProps, 'model' | 'height' | 'overlay' | 'theme'> & { listHeight: number },
): { entry: number; text: string }[] {
  const inner = Math.max(0, p.width - 2);
  const count = model.sections.length;
  const digits = String(count).length;
  const index = p.focused ? p.cursor : p.current;
  // Only the entries that can share the window with the one in view are laid
  // out (each takes one or two rows): a long article has thousands of sections.
  const first = Math.max(0, index - p.listHeight);
  const lines: { entry: number; text: string }[] = [];
  for (let s = first; s < Math.min(count, index + p.listHeight + 1); s++) {
    const marker = s === p.current ? '▸' : ' ';
    for (const text of twoRows(`${marker}${String(s + 1).padStart(digits)} `, sectionLabel(model, s), inner)) lines.push({ entry: s, text });
  }
  // The window around the entry in view.
  const at = lines.findIndex((l) => l.entry === index);
  const from = windowStart(lines.length, p.listHeight, Math.max(0, at));
  return lines.slice(from, from + p.listHeight);
}

export function tocRows(model: ArticleModel, p: Omit<TocPaneProps, 'model' | 'height' | 'overlay'> & { listHeight: number }): string[] {
  return tocLines(model, p).map(({ entry, text }) => {
    if (p.focused && entry === p.cursor) return p.theme.paint('cursor', text);
    return entry === p.current ? p.theme.paint('current', text) : text;
  });
}

// Memoised: a key that moves only the reading pane leaves this one as it was.
export const TocPane = memo(function TocPane(props: TocPaneProps) {
  const { model, width, height, focused, theme, overlay } = props;
  const rows = tocRows(model, { ...props, listHeight: Math.max(0, height - 3) });
  return <ListPane title={model.title ?? 'Contents'} rows={rows} width={width} height={height} focused={focused} theme={theme} overlay={overlay} />;
});
