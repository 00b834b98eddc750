// The people index drawn: a title row, the people (or one person's quotes
// under their articles' headings), and a status line with the index's
// progress while it builds. Presentational: every row comes from the lists.
import { Box, Text } from 'ink';
import type { PersonEntry } from '../../index/people-merge.js';
import { progressBar } from '../../index/progress-bar.js';
import { stripControls } from '../../core/controls.js';
import { HelpOverlay } from '../components/help-overlay.js';
import { windowStart } from '../list-window.js';
import { Rows } from '../components/rows.js';
import { fit } from '../text-fit.js';
import { displayWidth as columnsOf } from '../../layout/width.js';
import type { Theme } from '../theme.js';
import { peopleHelpGroups } from './people-index-keymap.js';
import type { QuoteRow } from './people-index-lists.js';
import type { PeopleIndexState, PeopleLists } from './people-index-state.js';

export interface PeopleIndexScreenProps {
  state: PeopleIndexState;
  lists: PeopleLists;
  /** The person whose quotes are listed. */
  person: PersonEntry | undefined;
  where: string;
  progress: { done: number; total: number };
  width: number;
  height: number;
  theme: Theme;
}

const one = (text: string) => stripControls(text).replace(/\s+/g, ' ').trim();
const TYPE = 12;
const COUNTS = '  art quotes  rep'.length;
const DATE = 10;

function personRow(p: PersonEntry, nameWidth: number, width: number): string {
  const counts = `${String(p.articles).padStart(5)}${String(p.quotes).padStart(7)}${String(p.reported).padStart(5)}`;
  const head = `${fit(one(p.name), nameWidth)}  ${fit(p.type, TYPE)}${counts}  ${fit(p.lastDate ?? '', DATE)}  `;
  return fit(head + p.roles.map(one).join('; '), width);
}

function peopleRows({ state, lists, width, theme }: PeopleIndexScreenProps, height: number): string[] {
  let longest = 4;
  for (const p of lists.people) longest = Math.max(longest, columnsOf(one(p.name)));
  const nameWidth = Math.max(4, Math.min(longest, Math.floor((width - 3) * 0.4)));
  const inner = Math.max(1, width - 3);
  const header = theme.paint('dim', `   ${fit(`${fit('NAME', nameWidth)}  ${fit('TYPE', TYPE)}${'  art quotes  rep'}  ${fit('LATEST', DATE)}  ROLES`, inner)}`);
  const from = windowStart(lists.people.length, height - 1, state.cursor);
  const rows = lists.people.slice(from, from + height - 1).map((p, i) => {
    const label = personRow(p, nameWidth, inner);
    return from + i === state.cursor ? `${theme.paint('current', '›')}  ${theme.paint('cursor', label)}` : `   ${label}`;
  });
  return [header, ...rows];
}

function quoteLines({ state, lists, width, theme }: PeopleIndexScreenProps, height: number): string[] {
  const lines: { text: string; row: number }[] = [];
  lists.quotes.forEach((r: QuoteRow, row) => {
    if (r.first) {
      const a = r.group.article;
      lines.push({
        text: theme.paint(
          'title',
          fit(
            ` ${[a.title ?? a.file, a.source, a.date ?? 'no date']
              .filter(Boolean)
              .map((s) => one(s!))
              .join(' · ')}`,
            width,
          ),
        ),
        row: -1,
      });
    }
    const text = r.quote.kind === 'indirect' ? `(reported) ${one(r.quote.text)}` : `“${one(r.quote.text)}”`;
    const label = fit(text, Math.max(1, width - 4));
    lines.push({ text: row === state.quoteCursor ? `${theme.paint('current', '›')}   ${theme.paint('cursor', label)}` : `    ${label}`, row });
  });
  const at = Math.max(
    0,
    lines.findIndex((l) => l.row === state.quoteCursor),
  );
  // The article's heading stays in sight with its first quote.
  const from = windowStart(lines.length, height, at > 0 && lines[at - 1].row === -1 ? at - 1 : at);
  return lines.slice(from, from + height).map((l) => l.text);
}

function statusText(props: PeopleIndexScreenProps): string {
  const { state, progress, width } = props;
  if (state.prompt !== null) return `/${state.prompt}▏  Enter search · Esc cancel`;
  if (state.notice) return state.notice;
  const building = progress.done < progress.total ? `${progressBar(progress.done, progress.total, Math.min(40, Math.floor(width / 2)))} · ` : '';
  const search = state.query !== null ? `/${one(state.query)}: ${props.lists.people.length} found · Esc clears · ` : '';
  if (state.person) return `${building}Enter open at the quote · q back · h help`;
  return `${building}${search}Enter quotes · s sort · t ${state.peopleOnly ? 'all types' : 'people only'} · / search · q back`;
}

export function PeopleIndexScreen(props: PeopleIndexScreenProps) {
  const { state, lists, person, where, width, height, theme } = props;
  if (state.help) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <HelpOverlay width={width} height={Math.max(1, height - 1)} theme={theme} groups={peopleHelpGroups()} />
        <Text wrap="truncate">{theme.paint('status', fit(' Keys of the people index · any key closes the help', width))}</Text>
      </Box>
    );
  }
  const bodyHeight = Math.max(1, height - (height > 4 ? 3 : 2));
  const order = state.order === 'latest' ? 'latest date' : state.order;
  const title = person
    ? ` ${one(person.name)} (${person.type}) — ${lists.quotes.length} quote${lists.quotes.length === 1 ? '' : 's'} and statements in ${person.articles} article${person.articles === 1 ? '' : 's'}`
    : ` People in ${where} — ${lists.people.length} ${state.peopleOnly ? 'people' : 'speakers'} · by ${order}`;
  const rows = person ? quoteLines(props, bodyHeight) : peopleRows(props, bodyHeight);
  const empty = !person && lists.people.length === 0;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate">{theme.paint('title', fit(title, width))}</Text>
      <Box height={Math.max(0, height - 2)} flexDirection="column" paddingTop={height > 4 ? 1 : 0}>
        {empty ? (
          <Text>{theme.paint('dim', fit(props.progress.done < props.progress.total ? ' Reading the articles…' : ' Nobody is quoted here.', width))}</Text>
        ) : (
          <Rows rows={rows} />
        )}
      </Box>
      <Text wrap="truncate">{theme.paint(state.notice ? 'notice' : 'status', fit(` ${statusText(props)}`, width))}</Text>
    </Box>
  );
}
