// The character-level scanner behind the tokenizer: what class a code point is
// in, and where the word, number or mark that starts at a position ends. It
// reads char codes in place, so no match objects or regexes run per token, and
// never past the end of the text (a read there has optimized code thrown away).
// The word shapes, tried in this order:
//   digits joined to letters by hyphens    "19-year", "2-0-ups"
//   capitals each with a period            "U.S.", "U.K."
//   a word (with @ or # in front)          "Ukraine’s", "al-Khatib", "@POTUS"
//   a number with separators               "1,000", "12:30", "4.5%"
//   a digit                                "5", "5%"
//   any other single character

export const SPACE = 1;
export const LETTER = 2;
export const UPPER = 4;
export const MARK = 8;
export const DIGIT = 16;
const WORDISH = LETTER | MARK | DIGIT;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = SPACE;
  else if (c >= 65 && c <= 90) ASCII[c] = LETTER | UPPER;
  else if (c >= 97 && c <= 122) ASCII[c] = LETTER;
  else if (c >= 48 && c <= 57) ASCII[c] = DIGIT;
}

const OTHER = new Map<number, number>();

function classifyCodePoint(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (
    (/\s/u.test(s) ? SPACE : 0) |
    (/\p{L}/u.test(s) ? LETTER : 0) |
    (/\p{Lu}/u.test(s) ? UPPER : 0) |
    (/\p{M}/u.test(s) ? MARK : 0) |
    (/\p{N}/u.test(s) ? DIGIT : 0)
  );
}

/** Class bits of the code point at `i` (0 past the end). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c];
  const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c;
  let bits = OTHER.get(cp);
  if (bits === undefined) {
    bits = classifyCodePoint(cp);
    OTHER.set(cp, bits);
  }
  return bits;
}

/** Code units taken by the code point at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

const HYPHEN = 45;
const PERIOD = 46;
const COMMA = 44;
const COLON = 58;
const PERCENT = 37;
const AT = 64;
const HASH = 35;

/** Apostrophes and joiners that may stand inside a word: - ' ’ ‘ . */
function isWordJoiner(c: number): boolean {
  // An en dash glued between two words joins a compound name: "Brenner–Castell", "Ostrava–Kessel".
  return c === HYPHEN || c === 39 || c === 0x2019 || c === 0x2018 || c === PERIOD || c === 0x2013;
}

/** The index after a run of code points of class `bits` from `i`. */
function runOf(text: string, i: number, bits: number): number {
  let k = i;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    // ASCII inline: most text is, and this loop reads every character.
    if (c < 128) {
      if ((ASCII[c] & bits) === 0) break;
      k++;
    } else {
      if ((classAt(text, k) & bits) === 0) break;
      k += widthAt(text, k);
    }
  }
  return k;
}

/** The first index at or after `i` that is not white space. */
export function skipSpace(text: string, i: number): number {
  return runOf(text, i, SPACE);
}

/** "19-year": digits, then one or more hyphen-and-letters; -1 if not that shape. */
function digitsHyphenLetters(text: string, i: number): number {
  let k = runOf(text, i, DIGIT);
  let end = -1;
  while (k < text.length && text.charCodeAt(k) === HYPHEN && (classAt(text, k + 1) & LETTER) !== 0) {
    k = runOf(text, k + 1, LETTER);
    end = k;
  }
  return end;
}

/** "U.S.": two or more capitals each followed by a period; -1 if fewer. */
export function dottedCapitals(text: string, i: number, limit = text.length): number {
  let k = i;
  let pairs = 0;
  while (k < limit && (classAt(text, k) & UPPER) !== 0) {
    const w = widthAt(text, k);
    if (k + w >= limit || text.charCodeAt(k + w) !== PERIOD) break;
    k += w + 1;
    pairs++;
  }
  return pairs >= 2 ? k : -1;
}

/** A word from `i` (letters, marks, digits, inner joiners); -1 if none starts there. */
export function wordEnd(text: string, i: number): number {
  let k = i;
  const c = text.charCodeAt(k);
  if ((c === AT || c === HASH) && (classAt(text, k + 1) & (LETTER | MARK)) !== 0) k++;
  if ((classAt(text, k) & (LETTER | MARK)) === 0) return -1;
  k = runOf(text, k + widthAt(text, k), WORDISH);
  while (k < text.length && isWordJoiner(text.charCodeAt(k)) && (classAt(text, k + 1) & WORDISH) !== 0) {
    k = runOf(text, k + 1, WORDISH);
  }
  return k;
}

/**
 * The end of a word of small ASCII letters from `i` (before `to`), with perhaps
 * one capital first, that nothing can extend: no letter, digit, mark, joiner or
 * period after it; -1 otherwise. Most words are such, and need none of
 * wordEnd's tests.
 */
export function plainWordEnd(text: string, i: number, to: number): number {
  let k = i;
  const first = text.charCodeAt(k);
  if (k < to && first >= 65 && first <= 90) k++;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) break;
    k++;
  }
  if (k === i) return -1;
  if (k < text.length) {
    const c = text.charCodeAt(k);
    if (c > 127 || c === HYPHEN || c === 39 || c === PERIOD || (ASCII[c] !== 0 && (ASCII[c] & SPACE) === 0)) return -1;
  }
  return k;
}

/** "1,000", "12:30", "4.5%": digits with separators, ending on a digit; -1 if a single digit. */
function number(text: string, i: number): number {
  let k = i + widthAt(text, i);
  let lastDigitEnd = -1;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === COMMA || c === PERIOD || c === COLON) {
      k++;
      continue;
    }
    if ((classAt(text, k) & DIGIT) === 0) break;
    k += widthAt(text, k);
    lastDigitEnd = k;
  }
  if (lastDigitEnd < 0) return -1;
  return lastDigitEnd < text.length && text.charCodeAt(lastDigitEnd) === PERCENT ? lastDigitEnd + 1 : lastDigitEnd;
}

/** The end of the token that starts at the non-space position `i`. */
export function tokenEnd(text: string, i: number): number {
  const bits = classAt(text, i);
  if ((bits & DIGIT) !== 0) {
    const joined = digitsHyphenLetters(text, i);
    if (joined >= 0) return joined;
  }
  if ((bits & UPPER) !== 0) {
    const dotted = dottedCapitals(text, i);
    if (dotted >= 0) return dotted;
  }
  const word = wordEnd(text, i);
  if (word >= 0) return word;
  if ((bits & DIGIT) !== 0) {
    const n = number(text, i);
    const after = n >= 0 ? n : i + widthAt(text, i);
    if (after < text.length && text.charCodeAt(after) === PERCENT) return after + 1;
    return ordinalEnd(text, after);
  }
  return i + widthAt(text, i);
}

/** "7th", "42nd", "1st": an ordinal's letters belong to its number ("42nd Street" is one place). */
function ordinalEnd(text: string, at: number): number {
  const pair = text.slice(at, at + 2).toLowerCase();
  if (pair !== 'st' && pair !== 'nd' && pair !== 'rd' && pair !== 'th') return at;
  return at + 2 < text.length && (classAt(text, at + 2) & (LETTER | DIGIT)) !== 0 ? at : at + 2;
}

/** The text from `i` to `end` starts like a word: a letter, @ or #, or digits hyphenated to letters. */
export function startsWord(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === AT || c === HASH || (classAt(text, i) & LETTER) !== 0) return true;
  if ((classAt(text, i) & DIGIT) === 0) return false;
  const k = runOf(text, i, DIGIT);
  return k < end && text.charCodeAt(k) === HYPHEN && k + 1 < end && (classAt(text, k + 1) & LETTER) !== 0;
}
