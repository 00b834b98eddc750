// Words of a paragraph for the cue and name rules. Each top-level quote is
// one opaque token, so the writer's own words are what the rules read.
import type { MarkSpan } from './marks.js';
import { DIGIT, LETTER, UPPER, classAt, dottedCapitals, plainWordEnd, skipSpace, startsWord, tokenEnd, widthAt, wordEnd } from './scan.js';
import { ABBREVIATIONS, CONTRACTED, CUE_VERBS, PARTICLE_NAME, SENTENCE_OPENERS } from '../lexicon/index.js';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'poss';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
  /** For a quote token, the index of its span; -1 for any other (a number in every token, so they share one shape). */
  quote: number;
}

/** A word ending in 's or ’s that is a possessive: the length of the name before it, or -1. */
function possessiveAt(text: string, start: number, end: number): number {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 115) return -1;
  const mark = text.charCodeAt(end - 2);
  if (mark !== 39 && mark !== 0x2019) return -1;
  const name = end - 2 - start;
  // Only short words can be contractions; test them on their own text.
  if (name <= 5 && CONTRACTED.test(text.slice(start, end - 2))) return -1;
  return name;
}

/** Push the word text[start, end), splitting off a possessive; the index after what was taken. */
function pushWord(tokens: Token[], text: string, start: number, end: number, following: number): number {
  // Possessive 's as its own token: the name before it is what rules match.
  const name = possessiveAt(text, start, end);
  if (name >= 0) {
    pushWord(tokens, text, start, start + name, 39);
    tokens.push(token(text, start + name, end, 'poss'));
    return end;
  }
  let stop = end;
  // An abbreviation or a middle initial keeps its period.
  if (following === 46) {
    const single = end - start === widthAt(text, start) && (classAt(text, start) & UPPER) !== 0;
    if (single || (end - start <= 6 && ABBREVIATIONS.has(text.slice(start, end).toLowerCase()))) stop = end + 1;
  }
  const kind: TokenKind = (classAt(text, start) & DIGIT) !== 0 && !hasLetter(text, start, stop) ? 'num' : 'word';
  tokens.push(token(text, start, stop, kind));
  return stop;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((classAt(text, k) & LETTER) !== 0) return true;
  return false;
}

const UPPER_START = /^[@#]?\p{Lu}/u;
const UPPER_UNITS = new Map<number, boolean>();

/** The first code unit of `text` is a capital (as toUpperCase and toLowerCase see it). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  let upper = UPPER_UNITS.get(c);
  if (upper === undefined) {
    const ch = text.charAt(0);
    upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    UPPER_UNITS.set(c, upper);
  }
  return upper;
}

function glued(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/** "al-Khatib", "d’Alema": a lower-case particle glued to a capitalised name. */
function isParticleName(text: string): boolean {
  if (text.length < 3) return false;
  return (glued(text.charCodeAt(1)) || glued(text.charCodeAt(2)) || (text.length > 3 && glued(text.charCodeAt(3)))) && PARTICLE_NAME.test(text);
}

// Lower cases already made: toLowerCase is a runtime call on two-byte text
// (any article with a curly quote), and names come again and again.
const LOWERED = new Map<string, string>();
const MAX_LOWERED = 50_000;

/** Lower case of a token's text; ASCII text with no capital is its own lower case. */
function lowerOf(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) {
      let lower = LOWERED.get(text);
      if (lower === undefined) {
        lower = text.toLowerCase();
        if (LOWERED.size >= MAX_LOWERED) LOWERED.clear();
        LOWERED.set(text, lower);
      }
      return lower;
    }
  }
  return text;
}

/** The token text[start, end); `capital` marks it as capitalised whatever its first letter (an acronym). */
function token(source: string, start: number, end: number, kind: TokenKind, capital = false): Token {
  const text = source.slice(start, end);
  const lower = lowerOf(text);
  const first = text.charCodeAt(0);
  const cap =
    capital || (kind === 'word' && (startsUpper(text) || ((first === 64 || first === 35) && UPPER_START.test(text)) || (first >= 97 && isParticleName(text))));
  // Every token has the same shape (quote included), so the rules read them fast.
  return { text, lower, start, end, kind, cap, quote: -1 };
}

// A US lawmaker's party and state: "(R-Okla.)", "(D-N.Y.)", "(I-Vt.)"; sticky, tried only at "(".
// "(R-Okla.)", "(D-N.Y.)", and a home town as some papers print it: "(R-Lakeport)", "(D-San Antonio)".
const PARTY_TAG = /\((?:R|D|I|Ind)-(?:[A-Z][A-Za-z]{0,12}\.?){1,3}(?: [A-Z][A-Za-z]{0,12}\.?)?\)/y;
// A name written again in a script without capitals: "Guo Yanling (郭艳玲)", "(محمد)"; sticky, tried only at "(".
const SCRIPT_GLOSS = /\([\p{Lo}\p{M}][\p{Lo}\p{M}\p{Zs}·・‧\-]{0,40}\)/uy;

/** Tokens of text[from, to). */
function tokenizeRegion(tokens: Token[], text: string, from: number, to: number): void {
  let i = skipSpace(text, from);
  while (i < to) {
    const bits = classAt(text, i);
    const c = text.charCodeAt(i);
    // Most words are ASCII letters, small after perhaps a capital: no possessive, abbreviation or particle to try.
    if (c < 128 && (bits & LETTER) !== 0) {
      const plain = plainWordEnd(text, i, to);
      if (plain > 0) {
        const word = text.slice(i, plain);
        const cap = (bits & UPPER) !== 0;
        tokens.push({ text: word, lower: cap ? lowerOf(word) : word, start: i, end: plain, kind: 'word', cap, quote: -1 });
        i = skipSpace(text, plain);
        continue;
      }
    }
    // Most other tokens are words opening on a small letter: no number or acronym to try.
    if ((bits & LETTER) !== 0 && (bits & UPPER) === 0) {
      const end = Math.min(wordEnd(text, i), to);
      i = skipSpace(text, pushWord(tokens, text, i, end, end < text.length ? text.charCodeAt(end) : -1));
      continue;
    }
    // "Rep. Ana Ruiz (D-Ore.), …": a party-and-state tag after a name is left out, so the name ends the phrase.
    if (c === 40 && tokens.length > 0 && tokens[tokens.length - 1].cap) {
      PARTY_TAG.lastIndex = i;
      if (PARTY_TAG.test(text) && PARTY_TAG.lastIndex <= to) {
        i = skipSpace(text, PARTY_TAG.lastIndex);
        continue;
      }
      // The gloss is left out too: the name before it ends the phrase.
      SCRIPT_GLOSS.lastIndex = i;
      if (SCRIPT_GLOSS.test(text) && SCRIPT_GLOSS.lastIndex <= to) {
        i = skipSpace(text, SCRIPT_GLOSS.lastIndex);
        continue;
      }
    }
    // "OPEC+", "G7+": a plus glued to the end of a capitalised name is part of it.
    const last = tokens[tokens.length - 1];
    if (c === 43 && last !== undefined && last.end === i && last.cap && last.kind === 'word' && (classAt(text, i + 1) & (LETTER | DIGIT)) === 0) {
      tokens[tokens.length - 1] = { ...last, text: last.text + '+', lower: last.lower + '+', end: i + 1 };
      i = skipSpace(text, i + 1);
      continue;
    }
    // ASCII punctuation (not @, # or an apostrophe, which may open or be a word): one character.
    if (bits === 0 && c < 128 && c !== 64 && c !== 35 && c !== 39) {
      tokens.push({ text: text.charAt(i), lower: text.charAt(i), start: i, end: i + 1, kind: 'punct', cap: false, quote: -1 });
      i = skipSpace(text, i + 1);
      continue;
    }
    const full = tokenEnd(text, i);
    const end = Math.min(full, to);
    if (startsWord(text, i, end) && dottedCapitals(text, i, end) !== end) {
      i = pushWord(tokens, text, i, end, end < text.length ? text.charCodeAt(end) : -1);
    } else {
      const kind: TokenKind = (classAt(text, i) & DIGIT) !== 0 ? 'num' : end - i === 1 && (c === 39 || c === 0x2019) ? 'poss' : end - i > 1 ? 'word' : 'punct';
      // Set at creation: a store into the token after it, rarely reached, had the optimized loop thrown away.
      tokens.push(token(text, i, end, kind, kind === 'word'));
      i = full;
    }
    i = skipSpace(text, i);
  }
}

/** Tokens of `text`, with each span in `spans` (marks included) as one quote token. */
export function tokenize(text: string, spans: MarkSpan[]): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  spans.forEach((span, i) => {
    const from = span.open >= 0 ? span.open : span.start;
    const to = span.close >= 0 ? span.close + 1 : span.end;
    tokenizeRegion(tokens, text, pos, from);
    tokens.push({ text: text.slice(from, to), lower: '', start: from, end: to, kind: 'quote', cap: false, quote: i });
    pos = to;
  });
  tokenizeRegion(tokens, text, pos, text.length);
  return tokens;
}

/** The tokens from `i` are a short cue ("Smith said.", "said Smith,") rather than a new sentence. */
function cueFollows(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    if (CUE_VERBS.test(tokens[k].lower) && !tokens[k].cap) {
      // "Kino Gabriel said, "…"": the verb introduces the next quote, a new sentence.
      const next = tokens[k + 1];
      const after = next && (next.text === ',' || next.text === ':') ? tokens[k + 2] : next;
      return after?.kind !== 'quote';
    }
    if (tokens[k].kind === 'punct' && isStop(tokens[k].text)) return false;
  }
  return false;
}

/** ".", "!" or "?" alone. */
export function isStop(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63;
}

/** A quote that ends on ".", "!" or "?", before any closing marks: "…done.”" */
function endsWithStop(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && '"\'”’»'.includes(text.charAt(k))) k--;
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63;
}

// No real sentence comes near this many tokens (a quote is one token).
const MAX_SENTENCE_TOKENS = 240;

/** The index after the last ";" or "," in [floor, end), or `end` when there is none. */
function clauseBreakBefore(tokens: Token[], end: number, floor: number): number {
  for (let k = end - 1; k >= floor; k--) if (tokens[k].text === ';' || tokens[k].text === ',') return k + 1;
  return end;
}

/** [start, end) token index ranges of the sentences of a paragraph. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    const terminal = (t.kind === 'punct' && isStop(t.text)) || (t.kind === 'quote' && next.cap && endsWithStop(t.text) && !cueFollows(tokens, i + 1));
    const acronymEnd = t.kind === 'word' && next.cap && SENTENCE_OPENERS.has(next.lower) && t.text.length >= 4 && dottedCapitals(t.text, 0) === t.text.length;
    if ((terminal || acronymEnd) && (next.cap || next.kind === 'quote' || next.kind === 'num' || next.text === '(')) {
      ranges.push([from, i + 1]);
      from = i + 1;
    } else if (i + 1 - from >= MAX_SENTENCE_TOKENS) {
      // Text with no full stops (a transcript, a list, hostile input): cut it at
      // a clause break, so that no rule reads an unbounded sentence.
      const cut = clauseBreakBefore(tokens, i + 1, from + MAX_SENTENCE_TOKENS / 2);
      ranges.push([from, cut]);
      from = cut;
    }
  }
  if (from < tokens.length) ranges.push([from, tokens.length]);
  return ranges;
}
