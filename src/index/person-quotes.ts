// One person's quotes across the folder, grouped by article, the articles in
// date order (undated last), each article's quotes in reading order.
import type { IndexedArticle, IndexedQuote } from './indexed-article.js';
import type { PersonEntry } from './people-merge.js';

export interface ArticleQuotes {
  article: IndexedArticle;
  /** The name the person goes by in this article. */
  speaker: string;
  quotes: IndexedQuote[];
}

/** Articles by date (undated last), then title, then place in the folder. */
export function byDate(a: IndexedArticle, b: IndexedArticle): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  const ta = a.title ?? a.file;
  const tb = b.title ?? b.file;
  return ta !== tb ? (ta < tb ? -1 : 1) : a.index - b.index;
}

export interface QuoteChoice {
  /** Direct and partial quotes only, as --quotes prints (default: reported statements too). */
  ownWords?: boolean;
}

/**
 * The quotes of `entry`, from `articles` indexed by their place in the folder.
 * A partial quote inside one of the person's reported statements is part of
 * that statement, as in the reader, and is not listed again.
 */
export function quotesByArticle(entry: PersonEntry, articles: readonly (IndexedArticle | null | undefined)[], choice: QuoteChoice = {}): ArticleQuotes[] {
  const names = new Map<number, Set<string>>();
  for (const m of entry.mentions) {
    let set = names.get(m.article);
    if (!set) names.set(m.article, (set = new Set()));
    set.add(m.name);
  }
  const groups: ArticleQuotes[] = [];
  for (const [index, set] of names) {
    const article = articles[index];
    if (!article) continue;
    const quotes = article.quotes
      .filter((q) => q.speakers.some((s) => set.has(s)))
      .filter((q) => (choice.ownWords ? q.kind === 'direct' || q.kind === 'partial' : q.statement === null))
      .sort((a, b) => a.section - b.section || a.paragraph - b.paragraph || a.start - b.start);
    if (quotes.length > 0) groups.push({ article, speaker: [...set][0], quotes });
  }
  return groups.sort((a, b) => byDate(a.article, b.article));
}
