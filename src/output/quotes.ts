// --quotes [NAME]: every quote, or the quotes of the speakers NAME matches,
// grouped under their section, one per line as `NAME: “text”` (joint speakers
// as `A and B`). Reported statements are left out: they are not the speaker's
// own words; a partial quote inside one is marked so, as --people counts it
// with the statement.
import type { ArticleModel, Quote } from '../core/model.js';
import { UserError } from '../core/errors.js';
import type { Style } from './color.js';
import { numberedLabel, safe, speakerLabel } from './labels.js';
import { matchSpeakers } from './speaker-match.js';

const MAX_LISTED = 8;

function isOwnWords(q: Quote): boolean {
  return q.kind === 'direct' || q.kind === 'partial';
}

/** The quotes `name` asks for; a one-line error when it matches nobody. */
export function selectQuotes(model: ArticleModel, name: string): Quote[] {
  const own = model.quotes.filter(isOwnWords);
  if (name.trim() === '') return own;
  const names = model.people.map((p) => p.name);
  const wanted = new Set(matchSpeakers(name, names));
  if (wanted.size === 0) {
    if (names.length === 0) throw new UserError(`no speaker matches "${safe(name)}": nobody is quoted in this article`);
    const listed = names.slice(0, MAX_LISTED).map(safe).join(', ');
    const more = names.length > MAX_LISTED ? `, and ${names.length - MAX_LISTED} more` : '';
    throw new UserError(`no speaker matches "${safe(name)}" (speakers: ${listed}${more})`);
  }
  return own.filter((q) => q.speakers.some((s) => wanted.has(s)));
}

export function renderQuotes(model: ArticleModel, name: string, style: Style): string {
  const quotes = selectQuotes(model, name);
  const count = model.sections.length;
  const groups: string[] = [];
  let current = -1;
  let lines: string[] = [];
  const flush = () => {
    if (current < 0) return;
    const section = model.sections[current] ?? { title: null, paragraphs: [] };
    groups.push(style.bold(numberedLabel(section, current, count)) + '\n' + lines.join(''));
    lines = [];
  };
  for (const q of [...quotes].sort((a, b) => a.section - b.section || a.paragraph - b.paragraph || a.start - b.start)) {
    if (q.section !== current) {
      flush();
      current = q.section;
    }
    // One quote, one line, whatever the text holds.
    const text = safe(q.text).replace(/\s+/g, ' ').trim();
    const who = q.speakers.length > 1 ? q.speakers.map(speakerLabel).join(' and ') : speakerLabel(q.speaker);
    lines.push(`${style.name(who)}: “${text}”${q.statement !== null ? style.dim(' (in a reported statement)') : ''}\n`);
  }
  flush();
  return groups.join('\n');
}
