// A feed's items as the index's sources, and as the library's list.
import type { IndexSource } from '../index/index-source.js';
import { stripControls } from '../core/controls.js';
import type { Feed } from './feed-items.js';

/** What an item is called in lists and messages: its link, else its title. */
function itemLabel(feed: Feed, i: number): string {
  const item = feed.items[i];
  return stripControls(item.link ?? item.title ?? `item ${i + 1}`);
}

export function feedSources(feed: Feed, allowPrivate: boolean): IndexSource[] {
  return feed.items.map((item, i) => ({ kind: 'feed-item', item, file: itemLabel(feed, i), allowPrivate }));
}
