// --people over a folder (or a feed): the merged table, most quoted first, as
// aligned columns or one JSON object a line.
import type { PersonEntry } from '../index/people-merge.js';
import type { Style } from './color.js';
import { safe } from './labels.js';
import { displayWidth, padEnd, padStart } from '../layout/width.js';

const HEADER = ['NAME', 'TYPE', 'ARTICLES', 'QUOTES', 'REPORTED', 'FIRST', 'LAST', 'ROLES'] as const;
const TYPE_WIDTH = 12;
const DATE_WIDTH = 10;
const GAP = '  ';

/** What one entry is in JSON Lines: the fields of the table, roles as a list. */
function personRecord(p: PersonEntry) {
  return {
    name: safe(p.name),
    type: p.type,
    articles: p.articles,
    quotes: p.quotes,
    reported: p.reported,
    firstDate: p.firstDate,
    lastDate: p.lastDate,
    roles: p.roles.map(safe),
  };
}

export function peopleJsonLines(entries: readonly PersonEntry[]): string {
  return entries.map((p) => `${JSON.stringify(personRecord(p))}\n`).join('');
}

export function renderPeopleIndex(entries: readonly PersonEntry[], style: Style): string {
  if (entries.length === 0) return '';
  const rows = entries.map((p) => [
    safe(p.name),
    p.type,
    String(p.articles),
    String(p.quotes),
    String(p.reported),
    p.firstDate ?? '-',
    p.lastDate ?? '-',
    p.roles.map((r) => safe(r).replace(/\s+/g, ' ')).join('; '),
  ]);
  let nameWidth = displayWidth(HEADER[0]);
  for (const r of rows) nameWidth = Math.max(nameWidth, displayWidth(r[0]));
  const line = (r: readonly string[], name: (s: string) => string) =>
    [
      name(padEnd(r[0], nameWidth)),
      padEnd(r[1], TYPE_WIDTH),
      padStart(r[2], HEADER[2].length),
      padStart(r[3], HEADER[3].length),
      padStart(r[4], HEADER[4].length),
      padEnd(r[5], DATE_WIDTH),
      padEnd(r[6], DATE_WIDTH),
      r[7],
    ]
      .join(GAP)
      .trimEnd() + '\n';
  return style.dim(line(HEADER, (s) => s).trimEnd()) + '\n' + rows.map((r) => line(r, style.name)).join('');
}
