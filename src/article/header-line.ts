// The lines under a title that say who wrote the story, when and where: one
// reader for the plain-text parser and for HTML and Markdown blocks.
import type { Article } from '../core/model.js';
import { dateLine } from './dates.js';
import { parseBareByline, parseByline, parseOutletDate, standaloneDateline } from './byline.js';
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

/**
 * Fill what `header` lacks from a byline, date or dateline line; false when
 * `text` is none of them. `bare` also accepts a byline printed without "By"
 * (a name over a date line, or a "Name · Outlet" credit line).
 */
export function readHeaderLine(text: string, header: HeaderFields, next?: string, bare = false): HeaderLineKind | false {
  const by = parseByline(text) ?? (bare ? parseBareByline(text, next) : null);
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
  const date = dateLine(text);
  if (date) return readDate(header, date, text);
  const credit = parseOutletDate(text);
  if (credit) {
    const kind = readDate(header, credit.date, credit.dateText);
    if (kind === 'read') header.source ??= credit.source;
    return kind;
  }
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
