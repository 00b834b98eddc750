// Entry point of the quote engine: every quotation in an article and who said it.
import type { Article, Person, Quote, QuoteAnalysis } from '../article/model.js';
import { Attribution, readParagraphs } from './attribution/index.js';
import { joinProsecution, canonical } from './entities/index.js';

export function analyzeQuotes(article: Article): QuoteAnalysis {
  const paragraphs = readParagraphs(article);
  const found = new Attribution(paragraphs).run().sort((a, b) => a.pos - b.pos || a.end - b.end);
  joinProsecution(found.map((f) => f.entity));

  // Names may have grown fuller after a speaker was first met, so they are read
  // only now; one entry per name, in order of first appearance.
  const people = new Map<string, Person>();
  const quotes: Quote[] = found.map((f) => {
    const p = paragraphs[f.paragraph];
    const entity = f.how === 'mention' || !f.entity ? null : canonical(f.entity);
    if (entity) {
      let person = people.get(entity.name);
      if (!person) {
        person = { name: entity.name, role: entity.role, quotes: 0, reported: 0 };
        people.set(entity.name, person);
      }
      person.role ??= entity.role;
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
  return { people: [...people.values()], quotes };
}
