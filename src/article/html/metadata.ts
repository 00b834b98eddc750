// What a page says about its article in markup meant for machines: JSON-LD,
// <meta> tags (Open Graph, article:, Dublin Core, schema.org microdata) and
// <time> elements. Read before Readability, which removes much of it.
import { joinNames, type DocumentMeta } from '../blocks.js';

type Json = unknown;

// schema.org types that are articles: NewsArticle, ReportageNewsArticle, BlogPosting, …
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;

function types(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD value, @graph members and nested arrays included. */
function* objects(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* objects(v, depth + 1);
    return;
  }
  const node = value as Record<string, Json>;
  yield node;
  if (node['@graph']) yield* objects(node['@graph'], depth + 1);
}

/** Names of a schema.org person or organisation, or a list of them. */
function names(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') {
    const name = (value as Record<string, Json>).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

const str = (v: Json): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function jsonLd(doc: Document): DocumentMeta {
  const meta: DocumentMeta = { title: null, byline: null, date: null, source: null };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: Json;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; the other sources remain
    }
    for (const node of objects(parsed)) {
      if (!types(node).some((t) => ARTICLE_TYPE.test(t))) continue;
      meta.title ??= str(node.headline) ?? str(node.name);
      meta.byline ??= joinNames(names(node.author));
      meta.date ??= str(node.datePublished) ?? str(node.dateCreated);
      meta.source ??= joinNames(names(node.publisher));
    }
  }
  return meta;
}

/** The content of the first <meta> whose name, property or itemprop is one of `keys`. */
function metaContent(doc: Document, keys: string[]): string | null {
  const wanted = new Set(keys);
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (!wanted.has(key)) continue;
    const content = str(el.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

const isUrl = (s: string | null) => s !== null && /^[a-z]+:\/\//i.test(s);

/** The publication date from <time> elements: one marked as the publication date, else the article's first. */
function timeElement(doc: Document): string | null {
  const marked = doc.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]');
  const first = marked ?? doc.querySelector('article time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]');
  return str(first?.getAttribute('datetime')) ?? str(first?.textContent);
}

/** Author names printed in the page's markup: rel=author links, microdata. */
function authorElement(doc: Document): string | null {
  const els = doc.querySelectorAll('[itemprop="author"] [itemprop="name"], [itemprop="author"][content], a[rel="author"]');
  const found = [...els].map((el) => str(el.getAttribute('content')) ?? str(el.textContent)).filter((s): s is string => s !== null);
  return joinNames(found);
}

/** Title, byline, date and source from the page's machine-readable metadata. */
export function pageMetadata(doc: Document): DocumentMeta {
  const ld = jsonLd(doc);
  const metaAuthor = metaContent(doc, ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'parsely-author', 'sailthru.author']);
  return {
    title: ld.title ?? metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'parsely-title']),
    byline: ld.byline ?? (isUrl(metaAuthor) ? null : metaAuthor) ?? authorElement(doc),
    date:
      ld.date ??
      metaContent(doc, [
        'article:published_time',
        'datepublished',
        'og:published_time',
        'published_time',
        'publishdate',
        'publish-date',
        'pubdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'dcterms.date',
        'sailthru.date',
        'parsely-pub-date',
      ]) ??
      timeElement(doc),
    source: ld.source ?? metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']),
  };
}
