// The engine's findings as the model prints them: each quote with its text,
// kind and speakers, and one entry per speaker in order of first appearance,
// under the name each has by the end of the article (names grow fuller as the
// article goes on, so they are read only now).
import type { Person, Quote, QuoteAnalysis } from '../../core/model.js';
import type { Found, Paragraph } from '../attribution/index.js';
import { membersOf, type Entity } from '../entities/index.js';
import { speakerType } from './speaker-type.js';

/** The quotes and people of an article from what attribution found, in reading order. */
export function listQuotes(paragraphs: Paragraph[], found: Found[]): QuoteAnalysis {
  const quotes: Quote[] = found.map((f) => {
    const p = paragraphs[f.paragraph];
    const entities = f.how === 'mention' ? [] : speakersOf(f);
    return {
      text: p.text.slice(f.start, f.end),
      speaker: entities[0]?.name ?? null,
      speakers: entities.map((e) => e.name),
      kind: f.how === 'mention' ? 'mention' : f.kind,
      statement: null,
      section: p.section,
      paragraph: p.index,
      start: f.start,
      end: f.end,
    };
  });
  linkStatements(quotes);
  const people = new Map<string, Person>();
  quotes.forEach((q, i) => {
    const f = found[i];
    if (f.how === 'mention') return;
    speakersOf(f).forEach((entity) => {
      let person = people.get(entity.name);
      if (!person) people.set(entity.name, (person = { name: entity.name, role: entity.role, type: speakerType(entity), quotes: 0, reported: 0 }));
      person.role ??= entity.role;
      if (q.kind === 'indirect') person.reported++;
      // A partial quote inside one of their reported statements is part of that statement.
      else if (q.statement === null) person.quotes++;
    });
  });
  return { people: [...people.values()], quotes };
}

/** Everyone a finding names, each under their final name, once: the members of a joint speaker. */
function speakersOf(f: Found): Entity[] {
  return f.entity ? membersOf(f.entity) : [];
}

/**
 * A partial quote that stands inside a reported statement by the same
 * speakers ("X said the plan would "not work" this year") is part of that
 * statement: it points to it, so that the statement is counted once.
 */
function linkStatements(quotes: Quote[]): void {
  // Quotes are in reading order: the statements of one paragraph are met together.
  let first = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (i > 0 && (quotes[i - 1].section !== q.section || quotes[i - 1].paragraph !== q.paragraph)) first = i;
    if (q.kind !== 'partial' || q.speaker === null) continue;
    for (let j = first; j < quotes.length && quotes[j].section === q.section && quotes[j].paragraph === q.paragraph; j++) {
      const s = quotes[j];
      if (s.kind === 'indirect' && s.start <= q.start && q.end <= s.end + 1 && s.speakers.join('\u0000') === q.speakers.join('\u0000')) {
        q.statement = j;
        break;
      }
    }
  }
}
