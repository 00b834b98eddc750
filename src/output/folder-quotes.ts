// --quotes=NAME over a folder: every quote of the people NAME matches, under
// each article's title and date, the articles in date order; or, with
// --format, one quote a line with its attribution, as for one article.
import type { ArticleModel, Quote } from '../core/model.js';
import type { IndexedArticle } from '../index/indexed-article.js';
import type { ArticleQuotes } from '../index/person-quotes.js';
import { formatQuotes, type QuoteFormat } from './attribution.js';
import type { Style } from './color.js';
import { safe, speakerLabel } from './labels.js';

/** An indexed article as the attribution formats read it: its headings, people and dates, no text. */
function asModel(article: IndexedArticle): ArticleModel {
  return {
    title: article.title,
    byline: null,
    bylineNote: null,
    date: article.date,
    dateText: null,
    source: article.source,
    dateline: null,
    boilerplate: [],
    sections: article.sections.map((title) => ({ title, paragraphs: [] })),
    links: [],
    people: article.people,
    quotes: [],
  };
}

const asQuote = (q: ArticleQuotes['quotes'][number]): Quote => ({ ...q, end: q.start + q.text.length });

export function formatFolderQuotes(groups: readonly ArticleQuotes[], format: QuoteFormat): string {
  const parts = groups.map((g) => formatQuotes(asModel(g.article), g.quotes.map(asQuote), format));
  // One header row for the whole table.
  if (format === 'csv') return parts.map((p, i) => (i === 0 ? p : p.slice(p.indexOf('\n') + 1))).join('');
  return parts.join('');
}

export function renderFolderQuotes(groups: readonly ArticleQuotes[], style: Style): string {
  return groups
    .map(({ article, quotes }) => {
      const heading = [article.title ?? article.file, article.source, article.date ?? 'no date']
        .filter(Boolean)
        .map((s) => safe(s!))
        .join(' · ');
      const lines = quotes.map((q) => {
        const who = q.speakers.length > 1 ? q.speakers.map(speakerLabel).join(' and ') : speakerLabel(q.speaker);
        return `  ${style.name(who)}: “${safe(q.text).replace(/\s+/g, ' ').trim()}”\n`;
      });
      return `${style.bold(heading)}\n${lines.join('')}`;
    })
    .join('\n');
}
