// A list entry on at most two rows: a long label wraps at a word onto a
// second row indented under its text, and the rest is cut with …. Used by
// the contents and people panes, whose entries are too long for a side pane.
import { fit, truncate } from '../text-fit.js';
import { displayWidth } from '../../layout/width.js';

/** `label` after `prefix` in rows of `columns` columns (one or two rows). */
export function twoRows(prefix: string, label: string, columns: number, suffix = ''): string[] {
  const room = columns - displayWidth(prefix) - (suffix ? displayWidth(suffix) + 1 : 0);
  const tail = suffix ? ` ${suffix}` : '';
  if (room <= 0) return [fit(prefix + label, columns)];
  if (displayWidth(label) <= room) return [fit(prefix + label, columns - displayWidth(tail)) + tail];
  // The last space that leaves the first row full enough.
  let cut = -1;
  for (let i = 0; i < label.length && displayWidth(label.slice(0, i)) <= room; i++) if (label[i] === ' ') cut = i;
  if (cut <= 0) cut = Math.max(1, [...label].slice(0, room).join('').length);
  const first = label.slice(0, cut).trimEnd();
  const rest = label.slice(cut).trimStart();
  // The suffix (the counts) ends the entry, after the whole label.
  const indent = ' '.repeat(displayWidth(prefix));
  return [fit(prefix + first, columns), fit(indent + truncate(rest, columns - indent.length - displayWidth(tail)), columns - displayWidth(tail)) + tail];
}
