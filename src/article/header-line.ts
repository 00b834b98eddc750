// The lines under a title that say who wrote the story, when and where: one
// reader for the plain-text parser and for HTML and Markdown blocks.
import type { Article } from '../core/model.js';
import { dateLine } from './dates.js';
import { isOutletName, parseByline, parseOutletDate, standaloneDateline, type Byline } from './byline.js';
import { creditLine, isCreditLabel } from './credit-line.js';
import { isReadingTime } from './boilerplate.js';

export type HeaderFields = Pick<Article, 'byline' | 'bylineNote' | 'date' | 'dateText' | 'source' | 'dateline'>;

export function emptyHeader(): HeaderFields {
  return { byline: null, bylineNote: null, date: null, dateText: null, source: null, dateline: null };
}

/**
 * What a header line was: read into the header, or an aside that belongs
 * with it but adds nothing (a second date line), to be reported as boilerplate.
 */
export type HeaderLineKind = 'read' | 'aside';

/**
 * Take a date line's date. A second date line on its own ("Updated: …" under
 * "Published: …") is the page's record of edits: the date is the first one.
 */
function readDate(header: HeaderFields, iso: string, text: string): HeaderLineKind {
  if (header.dateText !== null) return 'aside';
  header.date ??= iso;
  header.dateText = text;
  return 'read';
}

/** What the caller knows of a line from the lines around it. */
export interface HeaderLineContext {
  /** The line read as a byline printed without "By" (a name over a date line). */
  bare?: Byline | null;
  /** The line follows the byline or a credit label: it may be the byline's outlet, desk or place. */
  credit?: boolean;
}

/**
 * Fill what `header` lacks from a byline, date or dateline line; false when
 * `text` is none of them.
 */
export function readHeaderLine(text: string, header: HeaderFields, context: HeaderLineContext = {}): HeaderLineKind | false {
  const by = parseByline(text) ?? context.bare ?? null;
  if (by) {
    if (header.byline === null) {
      header.byline = by.byline;
      header.bylineNote = by.detail;
    }
    header.source ??= by.source;
    if (header.date === null && by.date !== null) {
      header.date = by.date;
      header.dateText = by.dateText;
    }
    return 'read';
  }
  // "USA TODAY" or "Staff Writer" on its own line under the name: the outlet or desk (the
  // line is the site's furniture, reported as boilerplate; its words are kept here).
  const kind = context.credit ? creditLine(text) : null;
  if (kind !== null) {
    if (kind === 'role') header.bylineNote ??= text;
    else if (kind === 'outlet') header.source ??= text;
    else header.dateline ??= text;
    return 'aside';
  }
  if (isCreditLabel(text)) return 'aside';
  // "City Daily Times / 05:12 AM January 27, 2025" is a date line too, but its first part names an outlet.
  const credit = parseOutletDate(text);
  const date = dateLine(text);
  if (credit && (date === null || isOutletName(credit.source))) {
    const kind = readDate(header, credit.date, credit.dateText);
    if (kind === 'read') header.source ??= credit.source;
    return kind;
  }
  if (date) return readDate(header, date, text);
  // "3 min read" among the header lines: the site's, not the story's.
  if (isReadingTime(text)) return 'aside';
  const place = standaloneDateline(text);
  if (place) {
    header.dateline ??= place.place;
    header.source ??= place.source;
    return 'read';
  }
  return false;
}
