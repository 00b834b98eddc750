// What the phrase readers share: the token range a phrase covers, the small
// word classes that may sit inside a speaker phrase ("senior", "of", "familiar
// with"), and how to find a phrase's head noun and text.
import { speechVerbForms } from './lexicon/verbs.js';
import { isNameWord } from './name-tokens.js';
import type { Token } from './tokens.js';
import { AUXILIARIES, DETERMINERS, OBJECT_PRONOUNS, PHRASE_BREAKERS, PRONOUNS, isAdverb, isSpeakerNoun } from './words.js';

/** A token range [from, to). */
export interface Range {
  from: number;
  to: number;
}

// Prepositions that attach a place or body to a speaker: "activists in Kenya",
// "Bruce Bennett from the RAND Corporation", "officials at the forum".
export const POST_MODIFIERS = new Set(['of', 'from', 'at', 'in', 'for', 'with', 'on', 'to']);
export const QUANTIFIERS = new Set(['about', 'around', 'nearly', 'some', 'more', 'than', 'over', 'almost', 'roughly', 'at', 'least']);
// Adjectives that follow the noun they describe: "sources familiar with the talks".
export const POSTNOMINAL = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'aware', 'present', 'responsible', 'speaking']);
export const QUANTITY_WORDS = new Set(['one', 'some', 'many', 'most', 'each', 'several', 'none', 'two', 'three', 'all', 'both']);
export const MAX_LOWER = 5;
export const MAX_TOKENS = 16;

/** A lower-case word (not a number or punctuation). */
export function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap;
}

/** A lower-case word that can sit inside a noun phrase ("senior", "administration"). */
export function isModifierWord(t: Token | undefined): boolean {
  if (!t || !isLowerWord(t)) return false;
  const w = t.lower;
  if (PHRASE_BREAKERS.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || DETERMINERS.has(w)) return false;
  if (isAdverb(t)) return false;
  if (speechVerbForms(w).some((v) => v.cls !== 'label') && !isSpeakerNoun(w)) return false;
  return true;
}

/** A word that a phrase read leftwards may take in before a joiner: a name word, a possessive, a speaker noun. */
export function canContinueBack(t: Token | undefined): boolean {
  return t !== undefined && (isNameWord(t) || t.kind === 'poss' || (isLowerWord(t) && isSpeakerNoun(t.lower)));
}

/** The head of a phrase: its last word, or the noun before "familiar with …" ("people | familiar with the talks"). */
export function headToken(tokens: Token[], range: Range): Token {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    if (POSTNOMINAL.has(tokens[k].lower) && POST_MODIFIERS.has(tokens[k + 1].lower)) return tokens[k - 1];
  }
  return tokens[range.to - 1];
}

/** Text of a token range as it stands in the paragraph. */
export function rangeText(text: string, tokens: Token[], range: Range): string {
  return text.slice(tokens[range.from].start, tokens[range.to - 1].end);
}
