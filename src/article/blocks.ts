// Assemble an article from the blocks of a structured document (HTML,
// Markdown): headings and paragraphs in reading order, plus the title,
// byline, date and source that the document's metadata gave. The same rules
// as for plain text find the header lines and site lines among the blocks.
import type { Article, Link, Section } from '../core/model.js';
import { normalizeText, tidy } from './normalize.js';
import { isSiteLine, wordCount } from './boilerplate.js';
import { leadingDateline, parseByline, standaloneDateline, type Byline } from './byline.js';
import { emptyHeader, readHeaderLine, type HeaderFields } from './header-line.js';
import { dateLine, findDate } from './dates.js';
import { cleanLinked, withoutMarks, type BlockLink } from './link-marks.js';

export interface Block {
  kind: 'heading' | 'paragraph';
  /** With the marks of link-marks.ts around each link's words, when `hrefs` gives their targets. */
  text: string;
  hrefs?: string[];
}

/** A block once cleaned: its text as kept, and a paragraph's links in it. */
interface CleanBlock {
  kind: Block['kind'];
  text: string;
  links: BlockLink[];
}

/** What the document says about itself, before any cleaning. */
export interface DocumentMeta {
  title: string | null;
  byline: string | null;
  /** Any date form: ISO timestamps, "February 4, 2022", … */
  date: string | null;
  source: string | null;
  /**
   * A byline found by the look of the page (an element styled as one) rather
   * than declared: used only when the body prints none, and read as a
   * dateline when that is what it is.
   */
  pageByline?: string | null;
}

// Header lines (byline, date, dateline) are looked for among this many blocks
// after the title.
const HEADER_BLOCKS = 6;

/** One line of clean text: no controls, no line breaks, single spaces. */
function cleanInline(text: string | null | undefined): string {
  return text ? tidy(withoutMarks(normalizeText(text)).replace(/\n+/g, ' ')) : '';
}

function cleanBlock(b: Block): CleanBlock {
  if (b.kind === 'paragraph' && b.hrefs?.length) return { kind: b.kind, ...cleanLinked(b.text, b.hrefs) };
  return { kind: b.kind, text: cleanInline(b.text), links: [] };
}

/** "A, B and C" from a list of names, duplicates and blanks left out; null when empty. */
export function joinNames(list: string[]): string | null {
  const clean = [...new Set(list.map((n) => n.trim()).filter(Boolean))];
  if (clean.length === 0) return null;
  if (clean.length === 1) return clean[0];
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
}

const OPENS_QUOTE = /^[“"«„‘'‹「『]/;
// An attribution under a quotation: "— Jane Doe".
const ATTRIBUTION = /^[—–-]/;

/**
 * A paragraph of a block quotation, in quote marks unless it has its own or
 * is the attribution under it: plain text has no other way to show a quote.
 */
export function asQuotation(text: string): string {
  const t = text.trim();
  const words = withoutMarks(t).trim();
  return words === '' || OPENS_QUOTE.test(words) || ATTRIBUTION.test(words) ? t : `“${t}”`;
}

const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** The author names of a metadata byline, and the outlet or date printed with them. */
function readMetaByline(raw: string): Byline {
  const none: Byline = { byline: null, detail: null, source: null, date: null, dateText: null };
  const text = cleanInline(raw);
  // Profile URLs stand in for names on some sites.
  if (!text || /^[a-z]+:\/\//i.test(text) || /\bwww\./i.test(text)) return none;
  const parsed = parseByline(/^by\s/i.test(text) ? text : `By ${text}`);
  if (parsed) return parsed;
  return { ...none, byline: wordCount(text, 17) <= 16 ? text.replace(/^by\s+/i, '') : null };
}

/** "Headline | Outlet" and "Headline - Outlet": the headline alone. */
function stripSiteName(title: string, source: string | null): string {
  if (!source) return title;
  const suffix = new RegExp(`\\s+[|·•–—:-]\\s+${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  const stripped = title.replace(suffix, '');
  return stripped || title;
}

/** A short first line that is not a sentence: the title of a document that marks none. */
function looksLikeTitle(text: string): boolean {
  const words = wordCount(text, 31);
  return words > 0 && words <= 30 && !/[.,;:]$/.test(text) && !isSiteLine(text) && !dateLine(text);
}

function buildSections(blocks: CleanBlock[]): { sections: Section[]; links: Link[] } {
  const sections: Section[] = [{ title: null, paragraphs: [] }];
  // Each paragraph's links, by the index its section will have once an empty first one is gone.
  const found: { section: number; paragraph: number; links: BlockLink[]; text: string }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ title: block.text, paragraphs: [] });
    else {
      const paragraphs = sections[sections.length - 1].paragraphs;
      if (block.links.length > 0) found.push({ section: sections.length - 1, paragraph: paragraphs.length, links: block.links, text: block.text });
      paragraphs.push(block.text);
    }
  }
  // An empty untitled first section is no section.
  const shift = sections.length > 1 && sections[0].paragraphs.length === 0 ? 1 : 0;
  if (shift) sections.shift();
  if (sections.length === 1 && sections[0].paragraphs.length === 0) return { sections: [], links: [] };
  const links: Link[] = [];
  for (const f of found) {
    for (const l of f.links)
      links.push({ text: f.text.slice(l.start, l.end), href: l.href, section: f.section - shift, paragraph: f.paragraph, start: l.start, end: l.end });
  }
  return { sections, links };
}

/** A short line that is not a sentence: page furniture when it stands above the headline or byline. */
function isShortLine(text: string): boolean {
  return wordCount(text, 13) <= 12 && !/[.!?]["”’)]*$/.test(text);
}

/** Whether a trailing block is the site's notice rather than the story. */
function isClosingNotice(text: string): boolean {
  return wordCount(text, 31) <= 30 && /©|\bcopyright\b|\ball rights reserved\b/i.test(text);
}

export function assembleArticle(rawBlocks: Block[], meta: DocumentMeta): Article {
  let blocks: CleanBlock[] = [];
  for (const b of rawBlocks) {
    const clean = cleanBlock(b);
    if (clean.text) blocks.push(clean);
  }
  const fromMeta = meta.byline ? readMetaByline(meta.byline) : null;
  const metaDate = findDate(cleanInline(meta.date))?.iso ?? null;
  const header: HeaderFields = {
    ...emptyHeader(),
    byline: fromMeta?.byline ?? null,
    bylineNote: fromMeta?.detail ?? null,
    date: metaDate ?? fromMeta?.date ?? null,
    dateText: metaDate ? null : (fromMeta?.dateText ?? null),
    source: cleanInline(meta.source) || fromMeta?.source || null,
  };
  const furniture: string[] = [];
  let title = cleanInline(meta.title) || null;

  if (title === null && blocks.length > 1 && looksLikeTitle(blocks[0].text)) {
    title = blocks[0].text;
    blocks = blocks.slice(1);
  }
  if (title !== null) {
    title = stripSiteName(title, header.source);
    // The page repeats its title above the body; short lines above it are furniture.
    const repeat = blocks.slice(0, 4).findIndex((b) => sameText(b.text, title!));
    if (repeat >= 0 && blocks.slice(0, repeat).every((b) => isShortLine(b.text))) {
      furniture.push(...blocks.slice(0, repeat).map((b) => b.text));
      blocks = blocks.slice(repeat + 1);
    }
  }

  // The byline or date line near the top anchors the header: short lines
  // above it are furniture, a sentence above it is a standfirst (body).
  const anchor = blocks.slice(0, HEADER_BLOCKS).findIndex((b) => readHeaderLine(b.text, { ...header }));
  const body: CleanBlock[] = [];
  if (anchor > 0) {
    for (const b of blocks.slice(0, anchor)) {
      if (isShortLine(b.text) && b.kind === 'paragraph') furniture.push(b.text);
      else body.push(b);
    }
  }
  let next = Math.max(anchor, 0);
  for (; anchor >= 0 && next < blocks.length && next < anchor + 4; next++) {
    const kind = readHeaderLine(blocks[next].text, header);
    if (kind === false) break;
    if (kind === 'aside') furniture.push(blocks[next].text);
  }
  for (let i = next; i < blocks.length; i++) body.push(blocks[i]); // not push(...): there may be millions

  if (meta.pageByline) {
    const found = cleanInline(meta.pageByline);
    const place = standaloneDateline(found);
    if (place) header.dateline ??= place.place;
    else if (header.byline === null) {
      const by = readMetaByline(found);
      header.byline = by.byline;
      header.bylineNote = by.detail;
      header.source ??= by.source;
      header.date ??= by.date;
    }
  }

  // Site lines (share buttons, sign-up pitches) that came with the body, the
  // site's closing notice, and a heading left with nothing under it.
  const dropped = body.map((b) => isSiteLine(b.text));
  for (let i = body.length - 1; i >= 0; i--) {
    if (dropped[i]) continue;
    if (body[i].kind !== 'heading' && !isClosingNotice(body[i].text)) break;
    dropped[i] = true;
  }
  const boilerplate = [...furniture, ...body.filter((_, i) => dropped[i]).map((b) => b.text)];
  const kept = body.filter((_, i) => !dropped[i]);

  const first = kept.find((b) => b.kind === 'paragraph');
  const lead = first ? leadingDateline(first.text) : null;
  if (lead && header.dateline === null) {
    header.dateline = lead.place;
    header.source ??= lead.source;
  }

  return { title, ...header, boilerplate, ...buildSections(kept) };
}
