// The speakers: one row each with name, short role and counts of quotes and
// reported statements ("4q 5r"), grouped by kind under a heading when the
// article quotes more than people; the selection highlighted, the speaker
// being followed marked.
import type { Person } from '../../core/model.js';
import { memo } from 'react';
import { TYPE_HEADING, countLabel, panelPeople } from '../people-order.js';
import type { Theme } from '../theme.js';
import { fit, spread } from '../text-fit.js';
import { displayWidth } from '../../layout/width.js';
import { twoRows } from './entry-lines.js';
import { ListPane } from './list-pane.js';
import { windowStart } from '../list-window.js';

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

/** The person (panel index) each row of the pane shows, -1 for a heading or a message. */
export function peopleRowEntries(p: Omit<PeoplePaneProps, 'height' | 'overlay'> & { listHeight: number }): number[] {
  return peopleLines(p).map((l) => l.entry);
}

export function peopleRows(p: Omit<PeoplePaneProps, 'height' | 'overlay'> & { listHeight: number }): string[] {
  return peopleLines(p).map((l) => l.painted);
}

function peopleLines(p: Omit<PeoplePaneProps, 'height' | 'overlay'> & { listHeight: number }): { entry: number; painted: string }[] {
  const inner = Math.max(0, p.width - 2);
  const message = (text: string) => [{ entry: -1, painted: p.theme.paint('dim', fit(text, inner)) }];
  if (p.quotes === 'finding') return message(' Finding quotes…');
  if (p.quotes === 'failed') return message(' Quotes could not be found.');
  if (p.people.length === 0) return message(' No one is quoted.');
  const people = panelPeople(p.people);
  // Every entry's rows: the name and counts (a long name wraps), then the role
  // on the same row when it fits whole, else on a row of its own, faint.
  const rows: { entry: number; text: string; role?: boolean }[] = [];
  for (const line of items(people)) {
    if ('heading' in line) {
      rows.push({ entry: -1, text: p.theme.paint('paneTitle', fit(` ${line.heading}`, inner)) });
      continue;
    }
    const i = line.index;
    const person = people[i];
    const marker = person.name === p.speaker ? '●' : i === p.cursor ? '›' : ' ';
    const count = countLabel(person);
    const withRole = person.role ? `${person.name}, ${person.role}` : person.name;
    if (displayWidth(`${marker}${withRole} ${count}`) <= inner) {
      rows.push({ entry: i, text: spread(`${marker}${withRole}`, count, inner), role: true });
      continue;
    }
    for (const text of twoRows(marker, person.name, inner, count)) rows.push({ entry: i, text });
    if (person.role) rows.push({ entry: i, text: fit(`  ${person.role}`, inner), role: true });
  }
  const cursorLine = rows.findIndex((l) => l.entry === p.cursor);
  const from = windowStart(rows.length, p.listHeight, Math.max(0, cursorLine));
  return rows.slice(from, from + p.listHeight).map(({ entry, text, role }) => ({ entry, painted: paintRow(p, people, entry, text, role) }));
}

function paintRow(p: Pick<PeoplePaneProps, 'cursor' | 'focused' | 'speaker' | 'theme'>, people: Person[], entry: number, text: string, role?: boolean): string {
  {
    if (entry === -1) return text;
    const person = people[entry];
    if (entry === p.cursor) return p.theme.paint(p.focused ? 'cursor' : 'cursorIdle', text);
    if (person.name === p.speaker) return p.theme.paint('current', text);
    // The role is secondary: faint.
    if (role && person.role) {
      const at = text.indexOf(person.role);
      if (at > 0) return text.slice(0, at) + p.theme.paint('dim', person.role) + text.slice(at + person.role.length);
    }
    return text;
  }
}

// Memoised: a key that moves only the reading pane leaves this one as it was.
export const PeoplePane = memo(function PeoplePane(props: PeoplePaneProps) {
  const { people, width, height, focused, theme, overlay } = props;
  const rows = peopleRows({ ...props, listHeight: Math.max(0, height - 3) });
  return (
    <ListPane
      title={props.quotes === 'finding' ? 'Speakers (…)' : `Speakers (${people.length})`}
      rows={rows}
      width={width}
      height={height}
      focused={focused}
      theme={theme}
      overlay={overlay}
    />
  );
});
