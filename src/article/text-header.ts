// The header of a plain-text article: the site's labels, the title, a
// standfirst, and the byline, date and dateline lines under them.
import { isSiteLine, isReadingTime, wordCount } from './boilerplate.js';
import { dateLine } from './dates.js';
import { isRolePart, parseBareByline, parseByline, parseNameLine, type Byline } from './byline.js';
import { creditLine, isCreditLabel } from './credit-line.js';
import { emptyHeader, readHeaderLine, type HeaderFields } from './header-line.js';
import { isTitleCase } from './headings.js';

// How far into the text the title, byline and date may be looked for.
const HEADER_SPAN = 30;
// How many units under the first byline or date line may still be header lines.
const HEADER_LINES = 8;
// A line this long is a headline or a standfirst, not a section label.
const LONG_LINE_WORDS = 5;

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

/** "What you need to know:", "SUMMARY": the label of a box among the header lines, never its title. */
function isBoxLabel(text: string): boolean {
  const words = wordCount(text, 7);
  return (words <= 6 && /:$/.test(text)) || (words <= 2 && /\p{Lu}{2}/u.test(text) && text === text.toUpperCase());
}

export interface Header extends HeaderFields {
  title: string | null;
  /** Units before the title: site lines. */
  boilerplateEnd: number;
  /** Index of the first body unit. */
  bodyStart: number;
  /** Header units that are not title, byline or date (a standfirst): kept as body. */
  kept: number[];
  /** Header units reported as boilerplate (a second date line, a box label, a credit line). */
  asides: number[];
  /** A date line read among the labels above the title (not boilerplate), or -1. */
  earlyDate: number;
}

/** Whether a line of five words or more stands above unit `end`: a headline could. */
function hasLongLine(units: string[], end: number): boolean {
  for (let i = 0; i < end; i++) if (wordCount(units[i], LONG_LINE_WORDS) >= LONG_LINE_WORDS) return true;
  return false;
}

/** "NEWSPAPER SECTION: News", "Topic:Floods": a labelled field of the page among the header lines. */
function isLabelledField(text: string): boolean {
  return /^[\p{L} ]{1,30}:\s*\S/u.test(text) && wordCount(text, 6) <= 5 && !/[.!?]$/.test(text);
}

/** The index of the unit after `i` that a byline is read with: a "3 min read" between them does not count. */
function nextHeaderIndex(units: string[], i: number): number {
  let j = i + 1;
  while (j < units.length && isReadingTime(units[j])) j++;
  return j;
}

/**
 * A byline printed without "By" at unit `i`: a name over a date line, a
 * "Name · Outlet" credit line, or a name over its outlet or desk line over a date line.
 */
function bareByline(units: string[], i: number): Byline | null {
  const next = nextHeaderIndex(units, i);
  const named = parseBareByline(units[i], units[next]);
  if (named) return named;
  const after = nextHeaderIndex(units, next);
  return next < units.length && after < units.length && creditLine(units[next]) !== null && dateLine(units[after]) ? parseNameLine(units[i]) : null;
}

/**
 * The title above unit `end` (the byline or the first prose). Walking up from
 * it over the standfirst and the headline (long lines, with the box labels and
 * site lines among them), a short line stops the walk: it is a section label
 * above the headline. The nearest title-shaped line of the walk is the title
 * unless it is in sentence case and another stands above it: then it is a
 * standfirst under the headline. A title-case line is a headline, and what
 * stands above it a label ("Weapons of Mass Destruction (WMD)"). Failing any,
 * the nearest title-shaped line above.
 */
function findTitle(units: string[], end: number): number {
  let title = -1;
  let topLong = -1;
  let long = 0;
  for (let i = end - 1; i >= 0; i--) {
    const text = units[i];
    if (isSiteLine(text) || isBoxLabel(text)) continue;
    if (wordCount(text, LONG_LINE_WORDS) < LONG_LINE_WORDS || dateLine(text)) break;
    topLong = i;
    long++;
    if (!isTitleShaped(text)) continue;
    if (title >= 0 && isTitleCase(units[title])) break;
    title = i;
  }
  if (title >= 0) return title;
  // A headline of two sentences over a standfirst: "… made them sick. Its own staff raised alarms."
  if (long >= 2 && wordCount(units[topLong], 31) <= 30) return topLong;
  for (let i = end - 1; i >= 0; i--) if (isTitleShaped(units[i])) return i;
  return -1;
}

export function readHeader(units: string[]): Header {
  const limit = Math.min(units.length, HEADER_SPAN);
  let proseAt = 0;
  while (proseAt < limit && !isProse(units[proseAt])) proseAt++;

  // The byline or date line anchors the header when there is one. A name
  // without "By" counts only under a title-shaped line, never as the first line,
  // unless a desk title after it says it is a byline ("Jane Roe, Rural Reporter").
  let anchor = -1;
  let anchorByline: Byline | null = null;
  let titleAbove = false;
  for (let i = 0; i < limit; i++) {
    const named = i > 0 ? bareByline(units, i) : null;
    const bare = named !== null && (titleAbove || (named.detail !== null && isRolePart(named.detail)));
    const next = units[i + 1];
    const label = isCreditLabel(units[i]) && next !== undefined && (creditLine(next) !== null || parseNameLine(next) !== null);
    if (parseByline(units[i]) || bare || dateLine(units[i]) || label) {
      anchor = i;
      anchorByline = bare ? named : null;
      break;
    }
    if (isTitleShaped(units[i])) titleAbove = true;
    if (i > proseAt + 2) break;
  }

  // A date line among the labels above the title ("NEWS", "04 June 2025", then the
  // headline and "By …"): the byline under the headline anchors the header.
  let earlyDate = -1;
  if (anchor >= 0 && dateLine(units[anchor]) && !hasLongLine(units, anchor)) {
    for (let j = anchor + 1; j < limit && j <= proseAt + 2; j++) {
      if (parseByline(units[j])) {
        earlyDate = anchor;
        anchor = j;
        break;
      }
    }
  }

  const titleAt = findTitle(units, anchor >= 0 ? anchor : proseAt);
  const header: Header = {
    title: titleAt >= 0 ? units[titleAt] : null,
    ...emptyHeader(),
    boilerplateEnd: Math.max(titleAt, 0),
    bodyStart: titleAt + 1,
    kept: [],
    asides: [],
    earlyDate,
  };
  if (anchor < 0) return header;
  if (earlyDate >= 0) readHeaderLine(units[earlyDate], header);

  // Between the title and the byline: a standfirst (body, in order), or a box label or site line.
  for (let i = titleAt + 1; i < anchor; i++) {
    if (isSiteLine(units[i]) || isBoxLabel(units[i])) header.asides.push(i);
    else header.kept.push(i);
  }

  // The byline, date, credit and dateline lines, in any order, from the anchor on.
  // Site lines among them ("Share", "Save") are passed over when a header line follows.
  let last = anchor;
  let credit = false;
  const skipped: number[] = [];
  for (let i = anchor; i < units.length && i < anchor + HEADER_LINES; i++) {
    const text = units[i];
    const hadByline = header.byline !== null;
    const kind = readHeaderLine(text, header, { bare: i === anchor ? anchorByline : nameAfterDate(units, i, header, credit), credit });
    if (kind === false) {
      if (!isSiteLine(text) && !isLabelledField(text)) break;
      skipped.push(i);
      continue;
    }
    for (const s of skipped.splice(0)) header.asides.push(s);
    if (kind === 'aside') header.asides.push(i);
    credit = (!hadByline && header.byline !== null) || isCreditLabel(text);
    last = i;
  }
  header.bodyStart = last + 1;
  return header;
}

/**
 * A name alone under the date line ("Imogen Thackwell" under "14 January 2026"
 * and "Share"), or under a credit label, when no byline has been read: the
 * byline, if what follows it is header furniture (an outlet line, a site line,
 * a date line) or the name carries an affiliation.
 */
function nameAfterDate(units: string[], i: number, header: HeaderFields, afterLabel: boolean): Byline | null {
  if (header.byline !== null || (header.dateText === null && !afterLabel)) return null;
  const named = parseNameLine(units[i]);
  if (named === null) return null;
  const next = units[i + 1];
  const furniture = next !== undefined && (creditLine(next) !== null || isSiteLine(next) || dateLine(next) !== null);
  return afterLabel || named.detail !== null || furniture ? named : null;
}
