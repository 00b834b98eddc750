// The plain-text parser: boilerplate, title, byline, date, sections, paragraphs.
import type { Article, Section } from '../core/model.js';
import { normalizeText } from './normalize.js';
import { splitUnits, unitLines } from './units.js';
import { isBarMenu, isReadingTime, isSiteLine, isTagLine, isTrailerHeading, wordCount } from './boilerplate.js';
import { dateLine, findDate } from './dates.js';
import { isRolePart, leadingDateline, parseBareByline, parseByline } from './byline.js';
import { emptyHeader, readHeaderLine, type HeaderFields } from './header-line.js';
import { isHeadingShaped, opensQuote } from './headings.js';

// How far into the text the title, byline and date may be looked for.
const HEADER_SPAN = 30;

/** Prose: the body has begun. */
function isProse(text: string): boolean {
  const words = wordCount(text, 25);
  const bare = text.replace(/[\s"'”’)\]」』]+$/, '');
  return words >= 25 || (words >= 6 && /[.。！？]$/.test(bare));
}

function isTitleShaped(text: string): boolean {
  const words = wordCount(text, 31);
  return words > 0 && words <= 30 && !/[.。]$/.test(text) && !isSiteLine(text) && !dateLine(text);
}

interface Header extends HeaderFields {
  title: string | null;
  /** Units before the title: site lines. */
  boilerplateEnd: number;
  /** Index of the first body unit. */
  bodyStart: number;
  /** Header units that are not title, byline or date (a standfirst): kept as body. */
  kept: number[];
  /** Header units reported as boilerplate (a second date line). */
  asides: number[];
}

/** The unit after `i` that a byline is read with: a "3 min read" between them does not count. */
function nextHeaderUnit(units: string[], i: number): string | undefined {
  let j = i + 1;
  while (j < units.length && isReadingTime(units[j])) j++;
  return units[j];
}

function readHeader(units: string[]): Header {
  const limit = Math.min(units.length, HEADER_SPAN);
  let proseAt = 0;
  while (proseAt < limit && !isProse(units[proseAt])) proseAt++;

  // The byline or date line anchors the header when there is one.
  let anchor = -1;
  for (let i = 0; i < limit; i++) {
    // A bare name counts only under a title-shaped line, never as the first line.
    // "Jane Roe, Rural Reporter" over a date is a byline under a standfirst too.
    const named = i > 0 ? parseBareByline(units[i], nextHeaderUnit(units, i)) : null;
    const bare = named !== null && (isTitleShaped(units[i - 1]) || (named.detail !== null && isRolePart(named.detail)));
    if (parseByline(units[i]) || bare || dateLine(units[i])) {
      anchor = i;
      break;
    }
    if (i > proseAt + 2) break;
  }

  let titleAt = -1;
  const end = anchor >= 0 ? anchor : proseAt;
  for (let i = end - 1; i >= 0; i--) {
    if (isTitleShaped(units[i])) {
      titleAt = i;
      break;
    }
  }

  const header: Header = {
    title: titleAt >= 0 ? units[titleAt] : null,
    ...emptyHeader(),
    boilerplateEnd: Math.max(titleAt, 0),
    bodyStart: titleAt + 1,
    kept: [],
    asides: [],
  };
  if (anchor < 0) return header;

  // Prose between the title and the byline is a standfirst: body, in order.
  for (let i = titleAt + 1; i < anchor; i++) header.kept.push(i);

  // The byline, date and dateline lines, in any order, right after the anchor.
  let i = anchor;
  for (; i < units.length && i < anchor + 4; i++) {
    const kind = readHeaderLine(units[i], header, nextHeaderUnit(units, i), i === anchor);
    if (kind === false) break;
    if (kind === 'aside') header.asides.push(i);
  }
  header.bodyStart = i;
  return header;
}

/** Index of the first unit of the site's closing blurb, or units.length. */
function trailerStart(units: string[], from: number): number {
  let start = units.length;
  // Walk back over site lines, "About …" blurbs and topic tags at the very end.
  // Tags count only below a site line ("Explore more on these topics", then
  // "Buses", "Transport policy"): without one they may be the story's own end.
  for (let i = units.length - 1; i >= from; i--) {
    const text = units[i];
    if (isSiteLine(text) || isTrailerHeading(text) || isBarMenu(text)) {
      start = i;
      continue;
    }
    if (isTagLine(text)) continue;
    // A blurb paragraph counts only when an "About …" heading stands above it.
    if (i > from && isTrailerHeading(units[i - 1])) continue;
    break;
  }
  return start;
}

function buildSections(body: string[]): Section[] {
  const n = body.length;
  // Bytes, not booleans: the body may have millions of units.
  const shaped = new Uint8Array(n);
  for (let i = 0; i < n; i++) shaped[i] = isHeadingShaped(body[i]) ? 1 : 0;
  // A subhead stands between paragraphs: never the last unit, never the
  // second of two short lines in a row (a heading and then a list entry).
  const candidate = (i: number) => shaped[i] === 1 && i < n - 1 && !(i > 0 && shaped[i - 1] === 1);
  // Name labels over statements ("Jane Doe, Director, Group" then a quote) are
  // part of a list of speakers when the pattern repeats.
  const label = (i: number) => shaped[i] === 1 && i < n - 1 && opensQuote(body[i + 1]) && shaped[i + 1] === 0;
  let labels = 0;
  for (let i = 0; i < n && labels < 3; i++) if (label(i)) labels++;
  const labelList = labels >= 3;

  const sections: Section[] = [{ title: null, paragraphs: [] }];
  for (let i = 0; i < n; i++) {
    const heading = candidate(i) && !(labelList && label(i));
    if (heading) sections.push({ title: body[i], paragraphs: [] });
    else sections[sections.length - 1].paragraphs.push(body[i]);
  }
  // An empty untitled first section is no section.
  if (sections.length > 1 && sections[0].paragraphs.length === 0) sections.shift();
  return sections;
}

function trailerDate(units: string[], from: number): string | null {
  for (let i = from; i < units.length; i++) {
    const line = units[i];
    if (wordCount(line, 31) > 30) continue;
    const found = findDate(line);
    if (found) return found.iso;
  }
  return null;
}

/** Parse the text of a plain-text news article. */
export function parseText(input: string): Article {
  const units = splitUnits(normalizeText(input));
  const texts = units.texts;
  const header = readHeader(texts);
  const boilerplate: string[] = [];
  // A loop, not push(...lines): a unit may hold more lines than the stack has room for arguments.
  const report = (i: number) => {
    for (const line of unitLines(units, i)) boilerplate.push(line);
  };
  for (let i = 0; i < header.boilerplateEnd; i++) report(i);
  for (const i of header.asides) report(i);

  const tail = trailerStart(texts, header.bodyStart);
  const body: string[] = header.kept.map((i) => texts[i]);
  for (let i = header.bodyStart; i < tail; i++) {
    // Site lines inside the body (a sign-up pitch before a glossary, a rule).
    if (isSiteLine(texts[i])) report(i);
    else body.push(texts[i]);
  }
  for (let i = tail; i < texts.length; i++) report(i);

  let { dateline, source } = header;
  if (dateline === null && body.length > 0) {
    const lead = leadingDateline(body[0]);
    if (lead) {
      dateline = lead.place;
      source ??= lead.source;
    }
  }

  // Republished stories print their date in the closing notice instead.
  const date = header.date ?? trailerDate(texts, tail);

  return {
    title: header.title,
    byline: header.byline,
    bylineNote: header.bylineNote,
    date,
    dateText: header.dateText,
    source,
    dateline,
    boilerplate,
    sections: body.length ? buildSections(body) : [],
    // Plain text marks no links.
    links: [],
  };
}
