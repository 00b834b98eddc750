// Tests of one token against the word classes of the lexicon: a weekday or
// month, an adverb, a capitalised word.
import { CALENDAR_WORDS, HONORIFICS, MONTHS, givenNameGender, isSpeakerNoun, isTitleWord, ADVERBIALS } from '../lexicon/index.js';
import type { Token } from '../scan/index.js';

// Month names read as names in this text ("Ms May", "Theresa May"), marked once per paragraph.
const SURNAME_MONTHS = new WeakSet<Token>();

export function isCalendarWord(t: Token): boolean {
  return CALENDAR_WORDS.has(t.lower) && !SURNAME_MONTHS.has(t);
}

/** A month after a form of address, a title or a given name is a name: "Ms May", "Theresa May", "Mr March". */
export function markMonthNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || t.kind !== 'word' || !MONTHS.has(t.lower)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "Minister … May 5", "Sunday, May": a date.
    if (next?.kind === 'num' || prev.kind !== 'word' || !prev.cap) continue;
    if (HONORIFICS.has(prev.lower) || isTitleWord(prev.text) || givenNameGender(prev.text) !== null) SURNAME_MONTHS.add(t);
  }
}

/** A month marked as a name by markMonthNames. */
export function isMonthName(t: Token): boolean {
  return SURNAME_MONTHS.has(t);
}

export function isAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (ADVERBIALS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !isSpeakerNoun(t.lower)));
}

/** A capitalised word: part of a name, an acronym or a title. */
export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

// A US lawmaker's party and home, set off by commas: "Sen. Ann Roe, R-Lakeport, who …".
const PARTY_HOME = /^(?:R|D|I)-\p{Lu}[\p{L}.]*$/u;

/** "R-Lakeport", "D-Texas" standing alone between commas: a tag on the name before it, not a name. */
export function isPartyHome(tokens: Token[], i: number): boolean {
  return tokens[i]?.kind === 'word' && PARTY_HOME.test(tokens[i].text) && tokens[i - 1]?.text === ',';
}
