// RSS 2.0 and Atom feeds, read with fast-xml-parser: each item's title, link,
// date, outlet (the feed's own title) and the copy of the article the feed
// carries (content:encoded, content, or else description/summary).
import { XMLParser } from 'fast-xml-parser';
import { stripControls } from '../core/controls.js';
import { normalizeDate } from './feed-date.js';
import { feedKind } from './feed-kind.js';

export { feedKind } from './feed-kind.js';

export interface FeedItem {
  title: string | null;
  /** The item's page: only an http(s) address is kept. */
  link: string | null;
  /** yyyy-mm-dd. */
  date: string | null;
  outlet: string | null;
  /** The feed's copy of the article, as HTML or text. */
  content: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Every value stays a string: a title "2024" is not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities of a document type are not expanded: no entity bomb can grow the text.
  processEntities: false,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** The text of an element: a string, or an object holding one under #text. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as Node)['#text'] : null;
  if (typeof raw !== 'string') return null;
  // A feed's words reach the screen as titles and outlets: no control sequence survives.
  const decoded = stripControls(decodeXmlEntities(raw)).trim();
  return decoded === '' ? null : decoded;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and character references, decoded in one pass. */
function decodeXmlEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function webLink(value: string | null): string | null {
  return value !== null && /^https?:\/\/\S+$/i.test(value) ? value : null;
}

/** An Atom entry's page: the alternate link, or the first without a rel. */
function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const nodes = links.filter((l): l is Node => Boolean(l) && typeof l === 'object');
  const page = nodes.find((l) => l['@_rel'] === 'alternate') ?? nodes.find((l) => l['@_rel'] === undefined);
  return webLink(typeof page?.['@_href'] === 'string' ? (page['@_href'] as string).trim() : null);
}

function rssItems(channel: Node): FeedItem[] {
  const outlet = text(channel.title);
  const items = Array.isArray(channel.item) ? (channel.item as Node[]) : [];
  return items
    .filter((i) => i && typeof i === 'object')
    .map((item) => ({
      title: text(item.title),
      link: webLink(text(item.link)),
      date: normalizeDate(text(item.pubDate) ?? text(item['dc:date'])),
      outlet,
      content: text(item['content:encoded']) ?? text(item.description),
    }));
}

function atomItems(feed: Node): FeedItem[] {
  const outlet = text(feed.title);
  const entries = Array.isArray(feed.entry) ? (feed.entry as Node[]) : [];
  return entries
    .filter((e) => e && typeof e === 'object')
    .map((entry) => ({
      title: text(entry.title),
      link: atomLink(entry.link),
      date: normalizeDate(text(entry.published) ?? text(entry.updated)),
      outlet,
      content: text(entry.content) ?? text(entry.summary),
    }));
}

/** The feed in `text`, or null when it is neither RSS 2.0 nor Atom (or not well-formed). */
export function parseFeed(xml: string): Feed | null {
  const kind = feedKind(xml);
  if (!kind) return null;
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch {
    return null;
  }
  if (kind === 'rss') {
    const channel = (doc.rss as Node | undefined)?.channel;
    const node = (Array.isArray(channel) ? channel[0] : channel) as Node | undefined;
    return node && typeof node === 'object' ? { kind, title: text(node.title), items: rssItems(node) } : null;
  }
  const feed = doc.feed as Node | undefined;
  return feed && typeof feed === 'object' ? { kind, title: text(feed.title), items: atomItems(feed) } : null;
}
