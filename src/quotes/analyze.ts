// Entry point of the quote engine: every quotation in an article and who said it.
import type { Article, Person, Quote, QuoteAnalysis } from '../article/model.js';
import { Attribution } from './attribute.js';
import type { Entity } from './entities.js';
import { readParagraphs } from './paragraphs.js';

export function analyzeQuotes(article: Article): QuoteAnalysis {
  const paragraphs = readParagraphs(article);
  const found = new Attribution(paragraphs).run().sort((a, b) => a.pos - b.pos || a.end - b.end);

  const people = new Map<Entity, Person>();
  const quotes: Quote[] = found.map((f) => {
    const p = paragraphs[f.paragraph];
    const entity = f.how === 'mention' ? null : f.entity;
    if (entity) {
      let person = people.get(entity);
      if (!person) {
        person = { name: entity.name, role: entity.role, quotes: 0, reported: 0 };
        people.set(entity, person);
      }
      if (f.kind === 'indirect') person.reported++;
      else person.quotes++;
    }
    return {
      text: p.text.slice(f.start, f.end),
      speaker: entity ? entity.name : null,
      kind: f.kind,
      section: p.section,
      paragraph: p.index,
      start: f.start,
      end: f.end,
    };
  });
  // Names may have grown fuller after a person was first met: use the final ones.
  for (const [entity, person] of people) {
    person.name = entity.name;
    person.role = entity.role;
  }
  quotes.forEach((q, k) => {
    const entity = found[k].how === 'mention' ? null : found[k].entity;
    if (entity) q.speaker = entity.name;
  });
  return { people: [...people.values()], quotes };
}
