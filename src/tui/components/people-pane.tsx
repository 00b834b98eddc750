// The speakers: one row each with name, short role and counts of quotes and
// reported statements ("4q 5r"), grouped by kind under a heading when the
// article quotes more than people; the selection highlighted, the speaker
// being followed marked.
import type { Person } from '../../article/model.js';
import { memo } from 'react';
import { TYPE_HEADING, countLabel, panelPeople } from '../people-order.js';
import type { Theme } from '../theme.js';
import { fit, spread } from '../text-fit.js';
import { ListPane, windowStart } from './list-pane.js';

export interface PeoplePaneProps {
  people: Person[];
  /** Whether the quotes are in: while they are being found, or if that failed, the panel says so. */
  quotes?: 'given' | 'finding' | 'found' | 'failed';
  width: number;
  height: number;
  focused: boolean;
  cursor: number;
  speaker: string | null;
  theme: Theme;
  overlay?: { marginLeft: number };
}

/** The panel's lines: a heading before each kind of speaker (when there is more than one kind), then its entries. */
function items(people: Person[]): ({ heading: string } | { index: number })[] {
  const out: ({ heading: string } | { index: number })[] = [];
  const mixed = people.some((p) => p.type !== people[0]?.type);
  people.forEach((person, index) => {
    if (mixed && (index === 0 || people[index - 1].type !== person.type)) out.push({ heading: TYPE_HEADING[person.type] });
    out.push({ index });
  });
  return out;
}

export function peopleRows(p: Omit<PeoplePaneProps, 'height' | 'overlay'> & { listHeight: number }): string[] {
  const inner = Math.max(0, p.width - 2);
  if (p.quotes === 'finding') return [p.theme.paint('dim', fit(' Finding quotes…', inner))];
  if (p.quotes === 'failed') return [p.theme.paint('dim', fit(' Quotes could not be found.', inner))];
  if (p.people.length === 0) return [p.theme.paint('dim', fit(' No one is quoted.', inner))];
  const people = panelPeople(p.people);
  const lines = items(people);
  const cursorLine = lines.findIndex((l) => 'index' in l && l.index === p.cursor);
  const from = windowStart(lines.length, p.listHeight, cursorLine);
  const rows: string[] = [];
  for (let k = from; k < Math.min(lines.length, from + p.listHeight); k++) {
    const line = lines[k];
    if ('heading' in line) {
      rows.push(p.theme.paint('paneTitle', fit(` ${line.heading}`, inner)));
      continue;
    }
    const i = line.index;
    const person = people[i];
    const marker = person.name === p.speaker ? '●' : i === p.cursor ? '›' : ' ';
    const name = `${marker}${person.name}`;
    const count = countLabel(person);
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
    <ListPane title={props.quotes === 'finding' ? 'Speakers (…)' : `Speakers (${people.length})`} rows={rows} width={width} height={height} focused={focused} theme={theme} overlay={overlay} />
  );
});
