// The lines under a title that say who wrote the story, when and where: one
// reader for the plain-text parser and for HTML and Markdown blocks.
import type { Article } from './model.js';
import { dateLine } from './dates.js';
import { parseBareByline, parseByline, standaloneDateline } from './byline.js';

export type HeaderFields = Pick<Article, 'byline' | 'bylineNote' | 'date' | 'dateText' | 'source' | 'dateline'>;

export function emptyHeader(): HeaderFields {
  return { byline: null, bylineNote: null, date: null, dateText: null, source: null, dateline: null };
}

/**
 * Fill what `header` lacks from a byline, date or dateline line; false when
 * `text` is none of them. `bare` also accepts a byline printed without "By"
 * (a name over a date line, or a "Name · Outlet" credit line).
 */
export function readHeaderLine(text: string, header: HeaderFields, next?: string, bare = false): boolean {
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
    return true;
  }
  const date = dateLine(text);
  if (date) {
    // A second date line ("Updated …") joins the first as printed.
    header.date ??= date;
    header.dateText = header.dateText === null ? text : `${header.dateText} · ${text}`;
    return true;
  }
  const place = standaloneDateline(text);
  if (place) {
    header.dateline ??= place.place;
    header.source ??= place.source;
    return true;
  }
  return false;
}
