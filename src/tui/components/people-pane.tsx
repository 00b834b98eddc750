// The people quoted: one row each with name, short role and number of
// quotes; the selection highlighted, the speaker being followed marked.
import type { Person } from '../../article/model.js';
import { memo } from 'react';
import type { Theme } from '../theme.js';
import { fit, spread } from '../text-fit.js';
import { ListPane, windowStart } from './list-pane.js';

export interface PeoplePaneProps {
  people: Person[];
  /** Whether the quotes are in: while they are being found, or if that failed, the panel says so. */
  quotes?: 'given' | 'finding' | 'found' | 'failed';
  /** Quotes per person in the text, by name. */
  counts: Map<string, number>;
  width: number;
  height: number;
  focused: boolean;
  cursor: number;
  speaker: string | null;
  theme: Theme;
  overlay?: { marginLeft: number };
}

export function peopleRows(p: Omit<PeoplePaneProps, 'height' | 'overlay'> & { listHeight: number }): string[] {
  const inner = Math.max(0, p.width - 2);
  if (p.quotes === 'finding') return [p.theme.paint('dim', fit(' Finding quotes…', inner))];
  if (p.quotes === 'failed') return [p.theme.paint('dim', fit(' Quotes could not be found.', inner))];
  if (p.people.length === 0) return [p.theme.paint('dim', fit(' No one is quoted.', inner))];
  const from = windowStart(p.people.length, p.listHeight, p.cursor);
  const rows: string[] = [];
  for (let i = from; i < Math.min(p.people.length, from + p.listHeight); i++) {
    const person = p.people[i];
    const marker = person.name === p.speaker ? '●' : i === p.cursor ? '›' : ' ';
    const name = `${marker}${person.name}`;
    const count = String(p.counts.get(person.name) ?? 0);
    const row = spread(`${name}${person.role ? `, ${person.role}` : ''}`, count, inner);
    if (i === p.cursor) rows.push(p.theme.paint(p.focused ? 'cursor' : 'cursorIdle', row));
    else if (person.name === p.speaker) rows.push(p.theme.paint('current', row));
    // The role is secondary: faint, when the name fits whole.
    else if (row.startsWith(name) && row.endsWith(count)) {
      rows.push(name + p.theme.paint('dim', row.slice(name.length, row.length - count.length)) + count);
    } else rows.push(row);
  }
  return rows;
}

// Memoised: a key that moves only the reading pane leaves this one as it was.
export const PeoplePane = memo(function PeoplePane(props: PeoplePaneProps) {
  const { people, width, height, focused, theme, overlay } = props;
  const rows = peopleRows({ ...props, listHeight: Math.max(0, height - 3) });
  return (
    <ListPane title={props.quotes === 'finding' ? 'People quoted (…)' : `People quoted (${people.length})`} rows={rows} width={width} height={height} focused={focused} theme={theme} overlay={overlay} />
  );
});
