// What the people index shows, derived from the index and the screen's state:
// the people in the chosen order (people only, or matching the search), and
// the chosen person's quotes, one row each, grouped by article.
import type { IndexedArticle, IndexedQuote } from '../../index/indexed-article.js';
import type { PersonEntry } from '../../index/people-merge.js';
import { quotesByArticle, type ArticleQuotes } from '../../index/person-quotes.js';
import { sortPeople, type PeopleOrder } from '../../index/sort-people.js';
import { searchPattern } from '../../layout/search-pattern.js';

export interface QuoteRow {
  group: ArticleQuotes;
  quote: IndexedQuote;
  /** The first quote of its article: the article's heading goes above it. */
  first: boolean;
}

export const personKey = (p: Pick<PersonEntry, 'name' | 'type'>) => `${p.type}\u0000${p.name}`;

export function visiblePeople(entries: readonly PersonEntry[], order: PeopleOrder, peopleOnly: boolean, query: string | null): PersonEntry[] {
  const pattern = query ? searchPattern(query) : null;
  const shown = entries.filter((p) => {
    if (peopleOnly && p.type !== 'person') return false;
    if (!pattern) return true;
    pattern.lastIndex = 0;
    return pattern.test(`${p.name}\u0000${p.roles.join('\u0000')}`);
  });
  return sortPeople(shown, order);
}

export function quoteRows(entry: PersonEntry | undefined, articles: readonly (IndexedArticle | null)[]): QuoteRow[] {
  if (!entry) return [];
  return quotesByArticle(entry, articles).flatMap((group) => group.quotes.map((quote, i) => ({ group, quote, first: i === 0 })));
}
