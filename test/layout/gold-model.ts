// The seed article's model with the quotes of its gold file placed by hand:
// what the quote engine should find, to test highlights and filters on real
// text before (and independently of) the engine.
import { readFileSync } from 'node:fs';
import type { ArticleModel, Person, Quote } from '../../src/core/model.js';
import { parseArticle } from '../../src/article/parse.js';
import { GOLD_DIR, type Gold } from '../helpers/articles.js';
import { join } from 'node:path';

export function goldModel(articlePath: string, slug: string): ArticleModel {
  const article = parseArticle(readFileSync(articlePath, 'utf8'));
  const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${slug}.gold.json`), 'utf8')) as Gold;
  const paragraphs = article.sections.flatMap((s, section) => s.paragraphs.map((text, paragraph) => ({ text, section, paragraph })));
  const quotes: Quote[] = [];
  let from = 0;
  for (const q of gold.quotes) {
    // Quotes come in reading order: look from the paragraph of the previous one.
    for (let i = from; i < paragraphs.length; i++) {
      const start = paragraphs[i].text.indexOf(q.text);
      if (start === -1) continue;
      const { section, paragraph } = paragraphs[i];
      quotes.push({
        text: q.text,
        speaker: q.speaker,
        speakers: q.speaker === null ? [] : [q.speaker],
        statement: null,
        kind: q.kind,
        section,
        paragraph,
        start,
        end: start + q.text.length,
      });
      from = i;
      break;
    }
  }
  for (const r of gold.reported) {
    const p = paragraphs.find((x) => x.text.startsWith(r.paragraph));
    if (!p) continue;
    quotes.push({
      text: p.text,
      speaker: r.speaker,
      speakers: r.speaker === null ? [] : [r.speaker],
      statement: null,
      kind: 'indirect',
      section: p.section,
      paragraph: p.paragraph,
      start: 0,
      end: p.text.length,
    });
  }
  quotes.sort((a, b) => a.section - b.section || a.paragraph - b.paragraph || a.start - b.start);
  const people: Person[] = gold.people.map((p) => ({
    name: p.name,
    role: p.role,
    type: 'person',
    quotes: quotes.filter((q) => q.speaker === p.name && q.kind !== 'indirect').length,
    reported: quotes.filter((q) => q.speaker === p.name && q.kind === 'indirect').length,
  }));
  return { ...article, people, quotes };
}
