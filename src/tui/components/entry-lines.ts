// A list entry on at most two rows: a long label wraps at a word onto a
// second row indented under its text, and the rest is cut with …. Used by
// the contents and people panes, whose entries are too long for a side pane.
import { fit, truncate, width } from '../text-fit.js';

/** `label` after `prefix` in rows of `columns` columns (one or two rows). */
export function twoRows(prefix: string, label: string, columns: number, suffix = ''): string[] {
  const room = columns - width(prefix) - (suffix ? width(suffix) + 1 : 0);
  const tail = suffix ? ` ${suffix}` : '';
  if (room <= 0) return [fit(prefix + label, columns)];
  if (width(label) <= room) return [fit(prefix + label, columns - width(tail)) + tail];
  // The last space that leaves the first row full enough.
  let cut = -1;
  for (let i = 0; i < label.length && width(label.slice(0, i)) <= room; i++) if (label[i] === ' ') cut = i;
  if (cut <= 0) cut = Math.max(1, [...label].slice(0, room).join('').length);
  const first = label.slice(0, cut).trimEnd();
  const rest = label.slice(cut).trimStart();
  // The suffix (the counts) ends the entry, after the whole label.
  const indent = ' '.repeat(width(prefix));
  return [fit(prefix + first, columns), fit(indent + truncate(rest, columns - indent.length - width(tail)), columns - width(tail)) + tail];
}
