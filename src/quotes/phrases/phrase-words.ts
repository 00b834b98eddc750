// What the phrase readers share: the token range a phrase covers, the small
// word classes that may sit inside a speaker phrase ("senior", "of", "familiar
// with"), and how to find a phrase's head noun and text.
import { speechVerbForms, AUXILIARIES, DETERMINERS, OBJECT_PRONOUNS, PHRASE_BREAKERS, PRONOUNS, isSpeakerNoun, isAgentPlural } from '../lexicon/index.js';
import { isNameWord } from './name-tokens.js';
import type { Token } from '../scan/index.js';
import { isAdverb } from './word-classes.js';
import { POSTNOMINAL, POST_MODIFIERS, QUANTIFIERS, QUANTITY_WORDS } from '../lexicon/index.js';

/** A token range [from, to). */
export interface Range {
  from: number;
  to: number;
}

/** A speaker phrase found for a verb, with its inserted description if any. */
export interface SpeakerRef {
  range: Range;
  appos?: Range;
  /** A quoted phrase used as the speaker: quotes a "Senate aide" as saying. */
  quoted?: number;
  /** The phrase follows the verb: "said the official". */
  inverted?: boolean;
  /** Found through "who"/"which": the verb sits in a relative clause ("X, who wrote the report, …"). */
  relative?: boolean;
}

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
  return t !== undefined && (isNameWord(t) || t.kind === 'poss' || (isLowerWord(t) && (isSpeakerNoun(t.lower) || isAgentPlural(t.lower))));
}

/** The head of a phrase: its last word, or the noun before "familiar with …" ("people | familiar with the talks"). */
export function headToken(tokens: Token[], range: Range): Token {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    if (POSTNOMINAL.has(tokens[k].lower) && POST_MODIFIERS.has(tokens[k + 1].lower)) return tokens[k - 1];
    // "a nurse | in the neonatal wing", "a spokesman | for the ministry": the noun before where they belong.
    if (
      isLowerWord(tokens[k - 1]) &&
      POST_MODIFIERS.has(tokens[k].lower) &&
      !tokens[k].cap &&
      tokens[k + 1].lower === 'the' &&
      isLowerWord(tokens[range.to - 1])
    )
      return tokens[k - 1];
  }
  return tokens[range.to - 1];
}
