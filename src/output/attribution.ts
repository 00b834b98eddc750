// A quote with its attribution, as the reader copies it (c, C) and as
// `--quotes --format` prints it: “text” — Speaker, Role (Title, Outlet, date).
import type { ArticleModel, Quote } from '../core/model.js';
import { safe, sectionLabel, speakerLabel } from './labels.js';

export type QuoteFormat = 'text' | 'md' | 'csv' | 'jsonl';
export const QUOTE_FORMATS: readonly QuoteFormat[] = ['text', 'md', 'csv', 'jsonl'];

export interface Attributed {
  text: string;
  speaker: string;
  role: string | null;
  kind: Quote['kind'];
  section: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
}

const oneLine = (text: string) => safe(text).replace(/\s+/g, ' ').trim();

export function attributed(model: ArticleModel, q: Quote): Attributed {
  const speaker = q.speakers.length > 1 ? q.speakers.map(speakerLabel).join(' and ') : speakerLabel(q.speaker);
  const role = q.speakers.length === 1 ? (model.people.find((p) => p.name === q.speaker)?.role ?? null) : null;
  const section = model.sections[q.section] ? sectionLabel(model.sections[q.section], q.section) : '';
  return {
    // The comma American style puts inside the closing mark belongs to the sentence around the quote.
    text: oneLine(q.text).replace(/[,;]$/, ''),
    speaker,
    role: role === null ? null : oneLine(role),
    kind: q.kind,
    section,
    title: model.title === null ? null : oneLine(model.title),
    outlet: model.source === null ? null : oneLine(model.source),
    date: model.date,
  };
}

/** “text” — Speaker, Role (Title, Outlet, date); absent parts left out. */
export function attributionLine(a: Attributed, { emphasisTitle = false } = {}): string {
  const who = [a.speaker, a.role].filter(Boolean).join(', ');
  const title = a.title && emphasisTitle ? `*${a.title}*` : a.title;
  const source = [title, a.outlet, a.date].filter(Boolean).join(', ');
  return `“${a.text}” — ${who}${source ? ` (${source})` : ''}`;
}

const CSV_FIELDS: (keyof Attributed)[] = ['text', 'speaker', 'role', 'kind', 'section', 'title', 'outlet', 'date'];
const csvCell = (v: string | null) => (v === null ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Quotes in one of the formats, each ending in a newline. */
export function formatQuotes(model: ArticleModel, quotes: readonly Quote[], format: QuoteFormat): string {
  const rows = quotes.map((q) => attributed(model, q));
  switch (format) {
    case 'text':
      return rows.map((a) => `${attributionLine(a)}\n`).join('');
    case 'md':
      return rows.map((a) => `> ${a.text}\n>\n> — ${attributionLine(a, { emphasisTitle: true }).split(' — ').slice(1).join(' — ')}\n\n`).join('');
    case 'csv':
      return [CSV_FIELDS.join(','), ...rows.map((a) => CSV_FIELDS.map((f) => csvCell(a[f])).join(','))].join('\n') + '\n';
    case 'jsonl':
      return rows.map((a) => `${JSON.stringify(a)}\n`).join('');
  }
}
