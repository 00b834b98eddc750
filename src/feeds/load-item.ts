// A feed item's article: its page, fetched under the same rules as any URL
// (limits, content types, private addresses refused unless allowed, no
// credentials shown), or else the copy the feed carries, and a note saying so.
import { loadInput } from '../input/load.js';
import { stripControls } from '../core/controls.js';
import type { SourceText } from '../index/index-source.js';
import { feedKind, type FeedItem } from './feed-items.js';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The feed's copy as a page: its title as the heading, text without markup made paragraphs. */
export function itemDocument(item: FeedItem): string {
  const content = item.content ?? '';
  const body = /<[a-z][^>]*>/i.test(content)
    ? content
    : content
        .split(/\n\s*\n/)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('\n');
  const title = escapeHtml(item.title ?? '');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>\n${body}\n</article></body></html>`;
}

export async function loadFeedItem(item: FeedItem, options: { maxBytes: number; allowPrivate: boolean }): Promise<SourceText> {
  const defaults = { title: item.title, date: item.date, source: item.outlet };
  let reason = 'the item has no link';
  if (item.link) {
    try {
      const input = await loadInput(item.link, { maxBytes: options.maxBytes, allowPrivate: options.allowPrivate });
      if (feedKind(input.text)) throw new Error('the link is a feed, not an article');
      return { text: input.text, format: input.format, defaults, note: null };
    } catch (err) {
      reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    }
  }
  if (item.content === null) throw new Error(`${stripControls(reason)}, and the feed carries no copy of the article`);
  return { text: itemDocument(item), format: 'html', defaults, note: `read from the feed (the page could not be fetched: ${stripControls(reason)})` };
}
