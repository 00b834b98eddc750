// The plain-text parser: boilerplate, title, byline, date, sections, paragraphs.
import type { Article, Section } from '../core/model.js';
import { normalizeText } from './normalize.js';
import { splitUnits, unitLines } from './units.js';
import { isBarMenu, isSiteLine, isTagLine, isTrailerHeading, wordCount } from './boilerplate.js';
import { findDate, firstWeekday, weekdayOf } from './dates.js';
import { leadingDateline, parseByline } from './byline.js';
import { isHeadingShaped, opensQuote } from './headings.js';
import { readHeader } from './text-header.js';
import { markFurniture } from './furniture.js';

/** Index of the first unit of the site's closing blurb, or units.length. */
function trailerStart(units: string[], from: number, marks: Uint8Array): number {
  let start = units.length;
  // Walk back over site lines, "About …" blurbs and topic tags at the very end.
  // Tags count only below a site line ("Explore more on these topics", then
  // "Buses", "Transport policy"): without one they may be the story's own end.
  for (let i = units.length - 1; i >= from; i--) {
    const text = units[i];
    if (marks[i] === 1 || isSiteLine(text) || isTrailerHeading(text) || isBarMenu(text)) {
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

/**
 * A numeric date that reads both ways ("09/02/2025") is read month first,
 * unless the lede names a weekday ("… on Sunday morning") that fits only the
 * other reading: news is dated the day it tells of or the day after.
 */
function readAmbiguous(iso: string, dateText: string | null, body: string[]): string {
  const found = dateText === null ? null : findDate(dateText);
  if (!found?.swapped || found.iso !== iso) return iso;
  const weekday = firstWeekday(body.slice(0, 2).join(' '));
  if (weekday < 0) return iso;
  const fits = (date: string) => (weekdayOf(date) - weekday + 7) % 7 <= 1;
  return !fits(iso) && fits(found.swapped) ? found.swapped : iso;
}

// How far from the end a wire story prints its credit line "(By Jane Roe and Li Wei)".
const FOOT_CREDIT_SPAN = 3;

/** The names of a credit line at the foot of the body; the line stays a paragraph. */
function footByline(body: string[]): string | null {
  for (let i = body.length - 1; i >= 0 && i >= body.length - FOOT_CREDIT_SPAN; i--) {
    const m = body[i].match(/^\((by\s.+)\)$/i);
    const by = m ? parseByline(m[1]) : null;
    if (by?.byline) return by.byline;
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
  for (let i = 0; i < header.boilerplateEnd; i++) if (i !== header.earlyDate) report(i);
  for (const i of header.asides) report(i);

  // Bytes, not booleans: the text may have millions of units.
  const furniture = new Uint8Array(texts.length);
  markFurniture(texts, header.bodyStart, texts.length, header.byline, furniture);
  const tail = trailerStart(texts, header.bodyStart, furniture);
  const body: string[] = header.kept.map((i) => texts[i]);
  for (let i = header.bodyStart; i < tail; i++) {
    // Site lines inside the body (a sign-up pitch before a glossary, a rule).
    if (furniture[i] === 1 || isSiteLine(texts[i])) report(i);
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
  const date = header.date !== null ? readAmbiguous(header.date, header.dateText, body) : trailerDate(texts, tail);
  const byline = header.byline ?? footByline(body);

  return {
    title: header.title,
    byline,
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
