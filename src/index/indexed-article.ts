// What the index keeps of each article: enough to list its people and their
// quotes across the folder, without its text. The whole model stays in the
// cache, read back only for an article that is opened.
import type { ArticleModel, Person, Quote } from '../core/model.js';

/** A quote as the index keeps it: its words, who says it, and where. */
export type IndexedQuote = Pick<Quote, 'text' | 'speaker' | 'speakers' | 'kind' | 'statement' | 'section' | 'paragraph' | 'start'>;

export interface IndexedArticle {
  /** The article's place in the folder's list (or the feed's). */
  index: number;
  /** What to call it: a file name or an item's link, free of control characters. */
  file: string;
  /** Its model's key in the cache. */
  key: string;
  title: string | null;
  date: string | null;
  source: string | null;
  /** Each section's heading, for naming where a quote is. */
  sections: (string | null)[];
  people: Person[];
  /** Quotes and reported statements with a speaker; mentions are nobody's words. */
  quotes: IndexedQuote[];
  /** Read from the cache rather than analysed now. */
  cached: boolean;
  /** Something to say about how it was read (a feed item read from the feed's own content). */
  note: string | null;
}

/** One source's answer: the article, or why it could not be read. */
export type IndexReply = { index: number; article: IndexedArticle; json?: string; warning?: string } | { index: number; file: string; error: string };

export function indexedArticle(model: ArticleModel, fields: Pick<IndexedArticle, 'index' | 'file' | 'key' | 'cached' | 'note'>): IndexedArticle {
  const quotes: IndexedQuote[] = [];
  for (const q of model.quotes) {
    if (q.kind === 'mention' || q.speakers.length === 0) continue;
    quotes.push({
      text: q.text,
      speaker: q.speaker,
      speakers: q.speakers,
      kind: q.kind,
      statement: q.statement,
      section: q.section,
      paragraph: q.paragraph,
      start: q.start,
    });
  }
  return { ...fields, title: model.title, date: model.date, source: model.source, sections: model.sections.map((s) => s.title), people: model.people, quotes };
}
