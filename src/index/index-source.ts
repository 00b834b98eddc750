// What the index reads: a file of a folder, or an item of a feed (its page,
// or else the feed's own copy of it).
import type { FeedItem } from '../feeds/feed-items.js';

export type IndexSource = { kind: 'file'; path: string; file: string } | { kind: 'feed-item'; item: FeedItem; file: string; allowPrivate: boolean };

/** The article's text as read, with what the index adds to its model. */
export interface SourceText {
  text: string;
  format: 'text' | 'markdown' | 'html';
  /** Fields the model takes when the article itself has none (a feed's title, date, outlet). */
  defaults: { title: string | null; date: string | null; source: string | null };
  note: string | null;
}
