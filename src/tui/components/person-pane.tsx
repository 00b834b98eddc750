// A person's page over the reader: name, type, full role, counts, then each
// quote with its section, the selected one highlighted.
import { Box } from 'ink';
import type { Person } from '../../core/model.js';
import type { PersonEntry } from '../person-page.js';
import type { Theme } from '../theme.js';
import { fit, truncate } from '../text-fit.js';
import { windowStart } from '../list-window.js';
import { Rows } from './rows.js';

const KIND: Record<string, string> = { direct: '“”', partial: '‘’', indirect: '→' };

export function personRows(person: Person, entries: PersonEntry[], cursor: number, width: number, height: number, theme: Theme): string[] {
  const head = [
    theme.paint('title', fit(person.name, width)),
    theme.paint('dim', fit(`${person.type}${person.role ? ` · ${person.role}` : ''}`, width)),
    fit(`${person.quotes} quote${person.quotes === 1 ? '' : 's'}, ${person.reported} reported`, width),
    '',
  ];
  const listHeight = Math.max(0, height - head.length);
  // Two rows an entry: its section, then its words.
  const from = windowStart(entries.length, Math.max(1, Math.floor(listHeight / 2)), cursor);
  const rows = [...head];
  for (let i = from; i < entries.length && rows.length + 2 <= height; i++) {
    const e = entries[i];
    const words = fit(`${KIND[e.span.kind] ?? ''} ${truncate(e.text.replace(/\s+/g, ' '), width - 4)}`, width);
    rows.push(theme.paint('dim', fit(`  ${e.section}`, width)));
    rows.push(i === cursor ? theme.paint('cursor', words) : words);
  }
  if (entries.length === 0) rows.push(theme.paint('dim', fit('No quotes in the text.', width)));
  return rows.slice(0, height);
}

export function PersonPane(props: { person: Person; entries: PersonEntry[]; cursor: number; width: number; height: number; theme: Theme }) {
  const { width, height, theme } = props;
  const rows = personRows(props.person, props.entries, props.cursor, Math.max(1, width - 4), Math.max(0, height - 2), theme);
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1} borderStyle="double" borderColor={theme.border(true)}>
      <Rows rows={rows} />
    </Box>
  );
}
