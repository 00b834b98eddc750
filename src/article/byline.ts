// "By …" lines: the author names, and the outlet or date printed beside them.
import { dateLine, findDate } from './dates.js';

export interface Byline {
  byline: string | null;
  /** What the byline prints after the names: a role or a place. */
  detail: string | null;
  source: string | null;
  date: string | null;
  /** The date as the line prints it. */
  dateText: string | null;
}

const BY = /^(?:(?:(?:story|words|written|reported|text|report|photos?)\s+(?:and\s+\w+\s+)?)?by:?\s+|(?:authors?|writers?|reporters?)\s*:\s*)/i;

// A social-media handle beside the names ("/ @JaneRoeNews"): neither a name nor an outlet.
const HANDLE = /\s*(?:[/|·•]\s*)?@[\w.]+/g;

// A desk title after the names: "Court Reporter", "Nikkei staff writer", "Correspondent".
const ROLE =
  /(?:^|\s)(?:reporter|correspondent|editor|writer|columnist|contributor|producer|journalist|critic|photographer|presenter|reviewer|commentator|analyst|chief|staff|desk)s?$/i;

/** A part of a byline that is the author's job, not a name or an outlet. */
export function isRolePart(part: string): boolean {
  return ROLE.test(part.trim());
}

// "Jane Roe (KXYZ)": the outlet in brackets after the names.
const OUTLET_IN_BRACKETS = /\s*\(([^()]{1,40})\)$/;

// "Jane Roe in Stockholm", "Jane Roe at Wimbledon": where the author wrote from.
const NAME_IN_PLACE = /^(.+?)\s+(?:in|at)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u;

// Outlet words that mark the part after a separator as the source, not an author.
const OUTLET =
  /\b(?:news|press|times|post|agency|associated|reuters|afp|ap|bloomberg|journal|tribune|herald|gazette|radio|tv|television|broadcasting|service|wire|media|magazine|daily|today)\b/i;

/** Words that name a news outlet ("City Daily Times", "Nation Media Group"). */
export function isOutletName(text: string): boolean {
  return OUTLET.test(text);
}

// What stands before a date in a byline and belongs to it: a label, a time.
const TIME = '\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4}\\b)?';
const DATE_BEFORE = new RegExp(`(?:(?:[Ll]ast\\s+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|UPDATED|PUBLISHED|POSTED)(?:\\s+on)?\\s*:?\\s*)?(?:${TIME},?\\s*)?$`);
// And after it: ", 6:14 p.m.", " 5:42 PM ET".
const TIME_AFTER = new RegExp(`^,?\\s*(?:at\\s+)?${TIME}`);

// A byline with its date and outlet fits well within this; a longer line is prose.
const BYLINE_MAX = 300;

/** The byline parts of `line`, or null when it is not a byline. */
export function parseByline(line: string): Byline | null {
  if (line.length > BYLINE_MAX) return null;
  const m = line.match(BY);
  if (!m) return null;
  const body = line.slice(m[0].length);
  // Kept in the note, so that no word of the line is lost.
  const handles = (body.match(HANDLE) ?? []).map((h) => h.replace(/^[\s/|·•]+/, ''));
  let rest = body.replace(HANDLE, '').trim();
  let date: string | null = null;
  let dateText: string | null = null;
  const found = findDate(rest);
  if (found) {
    // The date's label and time go with it: "Globe Staff,Updated March 5, 2026, 6:14 p.m.".
    const start = found.start - (rest.slice(0, found.start).match(DATE_BEFORE)?.[0].length ?? 0);
    const end = found.end + (rest.slice(found.end).match(TIME_AFTER)?.[0].length ?? 0);
    date = found.iso;
    dateText = rest.slice(start, end).replace(/^[\s,|·•–—-]+/, '');
    rest = (rest.slice(0, start) + ' ' + rest.slice(end)).trim();
  }
  rest = rest.replace(/[\s,|·•–—-]+$/, '').replace(/^(?:on|updated|published)\s+$/i, '');
  let source: string | null = null;
  const bracketed = rest.match(OUTLET_IN_BRACKETS);
  if (bracketed) {
    source = bracketed[1].trim();
    rest = rest.slice(0, bracketed.index).trim();
  }
  const parts = rest.split(/\s+[|·•]\s+|\s+[–—]\s+|\s+-\s+/);
  let role: string | null = null;
  if (parts.length > 1) {
    // "Jane Roe - Correspondent": a job after the dash, not an outlet.
    const outlet = parts.slice(1).filter((p) => !isRolePart(p));
    role = parts.slice(1).filter(isRolePart).join(', ') || null;
    source ??= outlet.join(' ').trim() || null;
    rest = parts[0].trim();
  } else if (source === null) {
    // "Jane Doe, Reuters": a trailing comma part that names an outlet.
    const comma = rest.lastIndexOf(',');
    if (comma > 0 && OUTLET.test(rest.slice(comma + 1))) {
      source = rest.slice(comma + 1).trim();
      rest = rest.slice(0, comma).trim();
    }
  }
  // Names start with a capital letter; "by the way …" is prose, not a byline.
  if (!/^[\p{Lu}]/u.test(rest) && !/^the\s/i.test(rest)) return null;
  if (rest.split(/\s+/).length > 16) return null;
  const { names, detail } = splitNames(rest);
  const note = [detail ?? role, ...handles].filter((x): x is string => Boolean(x)).join(', ');
  return { byline: names || null, detail: note || null, source, date, dateText };
}

// "Published Thu, Apr 30 2026": a date's label is no name.
const DATE_LABEL = /\b(?:published|updated|posted|modified)\b/i;

// Lower-case words that may stand inside a name: particles, and "and" between names.
const NAME_PARTICLE = /^(?:and|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|al|el|bin|bint|ibn|ben|y|e)$/;

/** A comma part that names a person: two or more words, capitalised but for particles. */
function isNamePart(part: string): boolean {
  const words = part.trim().split(/\s+/);
  if (words.length < 2 || isRolePart(part) || DATE_LABEL.test(part)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w) || /^(?:al|el)-\p{Lu}/u.test(w));
}

// A word that qualifies a desk title: "Senior Political Correspondent", "Chief Business Writer".
const ROLE_QUALIFIER =
  /^(?:senior|chief|deputy|associate|assistant|contributing|special|staff|managing|executive|national|international|foreign|political|local|regional|investigative|general|news|data|digital)$/i;

/**
 * "Oriane Bettencourt Transportation Reporter": a desk title printed after the
 * names without a comma. The title is its last word and the word before it,
 * with any qualifiers before those, and the names keep two words at least.
 */
function splitTrailingRole(text: string): { names: string; detail: string } | null {
  const words = text.split(/\s+/);
  if (words.length < 3 || !ROLE.test(text)) return null;
  let start = words.length - 1;
  if (start - 1 >= 2) start--;
  while (start - 1 >= 2 && ROLE_QUALIFIER.test(words[start - 1])) start--;
  const names = words.slice(0, start).join(' ');
  return isNamePart(names) ? { names, detail: words.slice(start).join(' ') } : null;
}

/**
 * "Jane Roe, John Doe and Li Wei" is all names; in "Lukas Brunner, Innsbruck",
 * "Ishita Rawlley, New Delhi" and "Harriet Lane, Transport correspondent" the
 * part after the first name is a place or a role: a list of names ends in "and".
 */
function splitNames(text: string): { names: string; detail: string | null } {
  const inPlace = text.match(NAME_IN_PLACE);
  if (inPlace && !inPlace[1].includes(',') && isNamePart(inPlace[1])) return { names: inPlace[1], detail: inPlace[2] };
  const parts = text.split(/\s*,\s*/);
  if (parts.length === 1) return splitTrailingRole(text) ?? { names: text, detail: null };
  const list = /\s(?:and|&)\s/.test(parts[parts.length - 1]);
  let keep = 1;
  while (list && keep < parts.length && isNamePart(parts[keep])) keep++;
  if (keep === parts.length || !isNamePart(parts[0])) return { names: text, detail: null };
  return { names: parts.slice(0, keep).join(', '), detail: parts.slice(keep).join(', ') };
}

// The separators of a credit line: "Jane Roe · City News", "Jane Roe / TNN / Updated: …".
const CREDIT_SEPARATOR = /\s+[|·•/]\s+/;

/** An outlet in a credit line: a few capitalised or all-caps words. */
function isOutletPart(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w));
}

/** The parts of a credit line after the name: outlets and dates; null when a part is neither. */
function readCreditParts(parts: string[]): { outlets: string[]; date: string | null; dateText: string | null } | null {
  const outlets: string[] = [];
  let date: string | null = null;
  let dateText: string | null = null;
  for (const part of parts) {
    const iso = dateLine(part);
    // "Posted: Nov 18, 2025 4:00 AM EST | Last Updated: November 18, 2025": the first date, both printed.
    if (iso) {
      date ??= iso;
      dateText = dateText === null ? part : `${dateText} | ${part}`;
    } else if (isOutletPart(part)) outlets.push(part);
    else return null;
  }
  return { outlets, date, dateText };
}

// "Corvista Energy, Inc.": a company, not a person.
const COMPANY = /^(?:inc|ltd|llc|plc|corp|co|gmbh|ag|sa|limited)\.?$/i;

/** A person's name printed alone: a few capitalised words, initials with their stop ("M. Jane Roe"), no other punctuation. */
function isPersonName(name: string): boolean {
  return isNamePart(name) && name.split(/\s+/).length <= 5 && !/[.,;:!?]/.test(name.replace(/(?<!\S)\p{Lu}\./gu, ''));
}

const NAME_LINE_MAX = 90;

/**
 * A name alone on its line, with perhaps a role, place or affiliation after a
 * comma: "Imogen Thackwell", "Catriona Mulvenna, University of the Highlands".
 */
export function parseNameLine(line: string): Byline | null {
  // A long line, or a comma part that reads as a clause, is a sentence ("On Wednesday, the …").
  if (line.length > NAME_LINE_MAX || /[.!?;:]$/.test(line)) return null;
  const { names, detail } = splitNames(line.trim());
  if (detail !== null && detail.split(/\s+/).length > 8) return null;
  if (!isPersonName(names) || (detail !== null && COMPANY.test(detail))) return null;
  // All in capitals and alone, it is a label ("KEY POINTS").
  if (detail === null && names === names.toUpperCase()) return null;
  return { byline: names, detail, source: null, date: null, dateText: null };
}

/**
 * A byline printed without "By": a name alone on the line above a date line
 * ("Anja Brückner" then "08/14/2024"), or a credit line of a name and an
 * outlet or date ("Jane Roe · City News", "Jane Roe / TNN / Updated: Jan 23, 2024").
 */
export function parseBareByline(line: string, next: string | undefined): Byline | null {
  if (line.length > BYLINE_MAX) return null;
  const parts = line.split(CREDIT_SEPARATOR);
  const { names: name, detail } = splitNames(parts[0].trim());
  if (!isPersonName(name) || (detail !== null && COMPANY.test(detail))) return null;
  if (parts.length === 1) {
    return next !== undefined && dateLine(next) ? { byline: name, detail, source: null, date: null, dateText: null } : null;
  }
  const credit = readCreditParts(parts.slice(1));
  if (credit === null || credit.outlets.length > 1) return null;
  // Without a date beside it or under it, "Radio Free Europe / Radio Liberty" is a menu.
  if (credit.date === null && (next === undefined || !dateLine(next))) return null;
  return { byline: name, detail, source: credit.outlets[0] ?? null, date: credit.date, dateText: credit.dateText };
}

/**
 * A credit line of an outlet and a date, with no author: "City Daily / 05:12 AM
 * January 27, 2025", "Example News · 8 March 2025".
 */
export function parseOutletDate(line: string): { source: string; date: string; dateText: string } | null {
  if (line.length > BYLINE_MAX) return null;
  const parts = line.split(CREDIT_SEPARATOR);
  if (parts.length < 2) return null;
  const credit = readCreditParts(parts);
  if (credit === null || credit.date === null || credit.dateText === null || credit.outlets.length === 0) return null;
  return { source: credit.outlets.join(' / '), date: credit.date, dateText: credit.dateText };
}

export interface Dateline {
  place: string;
  source: string | null;
  /** Length of the dateline prefix in the text it was read from. */
  length: number;
}

const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?";

// "Nairobi •", "WASHINGTON —", "LONDON (Reuters) -" on a line of their own.
const STANDALONE = new RegExp(`^(${PLACE})\\s*(?:\\(([^)]{1,40})\\))?\\s*[•—–:-]+$`, 'u');
// "WASHINGTON — The White House …": an all-caps place leading the first paragraph.
const LEADING = new RegExp(
  "^(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?)\\s*(?:\\(([^)]{1,40})\\))?\\s*(?:[—–•]|--?)\\s+(?=\\S)",
  'u',
);

/** A dateline that is the whole line. */
export function standaloneDateline(line: string): Dateline | null {
  const m = line.match(STANDALONE);
  return m ? { place: m[1], source: m[2] ?? null, length: line.length } : null;
}

/** A dateline at the start of a paragraph; the paragraph keeps its text. */
export function leadingDateline(paragraph: string): Dateline | null {
  const m = paragraph.match(LEADING);
  return m ? { place: m[1], source: m[2] ?? null, length: m[0].length } : null;
}
