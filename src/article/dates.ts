// Dates as news sites print them, turned into ISO yyyy-mm-dd.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

interface DateForm {
  pattern: RegExp;
  read(m: RegExpMatchArray): [number, number, number];
  /** For a numeric form whose day and month could be swapped: the other reading. */
  swapped?(m: RegExpMatchArray): [number, number, number];
}

/** A numeric date read month first unless the first number cannot be a month. */
const monthFirst = (a: number, b: number, y: number): [number, number, number] => (a > 12 ? [y, b, a] : [y, a, b]);
/** A numeric date read day first unless the second number cannot be a month. */
const dayFirst = (a: number, b: number, y: number): [number, number, number] => (b > 12 ? [y, a, b] : [y, b, a]);

// Every form is searched for anywhere in a line; callers decide whether the
// rest of the line may hold other words.
const FORMS: DateForm[] = [
  // February 04, 2022 · Feb. 4, 2022 · Friday, February 4, 2022 · October 2 2018
  {
    pattern: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  // 4 February 2022 · Friday 4 Feb. 2022 · 17-Aug-2025
  {
    pattern: new RegExp(`\\b${WEEKDAY}${DAY}(?:\\s+|-)${MONTH}\\.?(?:,?\\s+|-)${YEAR}\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  // 15.10.2024 · 4.2.2022: the day-first numeric form of continental Europe
  {
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  // 2022年2月4日 (Chinese, Japanese) · 2022년 2월 4일 (Korean)
  {
    pattern: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // 08/14/2024 (US, month first) · 14/08/2024 (day first when the first
  // number cannot be a month); an ambiguous 04/05/2024 is read month first.
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    read: (m) => monthFirst(Number(m[1]), Number(m[2]), Number(m[3])),
    swapped: (m) => dayFirst(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 06/10/26: a two-digit year, read as 20yy, the numbers as above
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/,
    read: (m) => monthFirst(Number(m[1]), Number(m[2]), 2000 + Number(m[3])),
    swapped: (m) => dayFirst(Number(m[1]), Number(m[2]), 2000 + Number(m[3])),
  },
  // 13-03-2026: with dashes the day comes first (Europe, Latin America), unless it cannot
  {
    pattern: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/,
    read: (m) => dayFirst(Number(m[1]), Number(m[2]), Number(m[3])),
    swapped: (m) => monthFirst(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 2022-02-04 · 2022/02/04 (with an optional time after it)
  {
    pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
];

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function isValid(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export interface FoundDate {
  iso: string;
  /** A numeric date that reads both ways (04/05/2024): the other reading. */
  swapped?: string;
  /** Where the date text starts and ends in the searched string. */
  start: number;
  end: number;
}

/** The first date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const form of FORMS) {
    const m = text.match(form.pattern);
    if (!m || m.index === undefined) continue;
    const [y, mo, d] = form.read(m);
    if (!isValid(y, mo, d)) continue;
    const found: FoundDate = { iso: iso(y, mo, d), start: m.index, end: m.index + m[0].length };
    const other = form.swapped?.(m);
    if (other && isValid(...other) && iso(...other) !== found.iso) found.swapped = iso(...other);
    if (!best || found.start < best.start) best = found;
  }
  return best;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Words that may stand beside a date on a date line without making it prose:
// labels, times, zones ("GMT+2", "Central"), and "updated 3 hours ago".
const DATE_LINE_FILLER =
  /^(?:published|posted|updated|update|issued|last|first|modified|date|on|at|and|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{1,4}t|(?:gmt|utc)[+−-]\d{1,2}(?::?\d{2})?|eastern|central|mountain|pacific|atlantic|ago|(?:hour|hr|minute|min|day|sec)s?|\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:am|pm|h)?|\d{1,2}|\||·|•|-|–|—|\/|,|:|\(|\))$/i;

// A place or desk set off from the date by a separator: "Madrid / Barcelona - Nov 19,
// 2025", "Published … IST - CHENNAI", "Apr 2, 2026 - Business", "…, UK".
const LABEL_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const MAX_LABELS = 2;

// A month or weekday name left over from a second, partial date ("Last
// Updated: February 20").
const CALENDAR_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?$/i;

// Longer than any date with its label and time ("Last updated Wednesday,
// September 30, 2020 at 10:45 a.m. EDT"): such a line is prose, not a date line.
const DATE_LINE_MAX = 120;

/** Whether the words left beside a line's dates are filler, with at most two short labels between separators. */
function onlyFiller(rest: string): boolean {
  // "at 5:40 pm (Paris)": the place or zone whose time it is.
  const segments = rest.replace(/\(\s*\p{Lu}[\p{L}.'’ -]{0,30}\)/gu, ' ').split(/\s[-–—/]\s|[|·•,()–—]/);
  let labels = 0;
  for (const segment of segments) {
    const words = segment
      .replace(/:(?=\s|$)/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (words.every((w) => DATE_LINE_FILLER.test(w) || CALENDAR_WORD.test(w))) continue;
    if (words.length <= 3 && words.every((w) => LABEL_WORD.test(w)) && ++labels <= MAX_LABELS) continue;
    return false;
  }
  return true;
}

/**
 * The first date of `line` when the line is only dates, perhaps with times,
 * labels such as "Published … Updated …" and a place or desk beside them.
 */
export function findDateLine(line: string): FoundDate | null {
  if (line.length > DATE_LINE_MAX) return null;
  const first = findDate(line);
  if (!first) return null;
  let rest = line;
  for (let found: FoundDate | null = first; found; found = findDate(rest)) {
    rest = rest.slice(0, found.start) + ' ' + rest.slice(found.end);
  }
  return onlyFiller(rest) ? first : null;
}

/** The ISO date when `line` is a date line (see findDateLine). */
export function dateLine(line: string): string | null {
  return findDateLine(line)?.iso ?? null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday of an ISO date, 0 for Sunday. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

// Looked for only in the opening of the body.
const WEEKDAY_SPAN = 1500;

/** The first weekday named in `text`'s opening ("… on Sunday morning"), 0 for Sunday, or -1. */
export function firstWeekday(text: string): number {
  const m = text.slice(0, WEEKDAY_SPAN).match(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/);
  return m ? WEEKDAYS.indexOf(`${m[1].toLowerCase()}day`) : -1;
}
