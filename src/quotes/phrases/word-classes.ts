// Tests of one token against the word classes of the lexicon: a weekday or
// month, an adverb, a capitalised word.
import { CALENDAR_WORDS, isSpeakerNoun, ADVERBIALS } from '../lexicon/index.js';
import type { Token } from '../scan/index.js';

export function isCalendarWord(t: Token): boolean {
  return CALENDAR_WORDS.has(t.lower);
}

export function isAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (ADVERBIALS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !isSpeakerNoun(t.lower)));
}

/** A capitalised word: part of a name, an acronym or a title. */
export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}
