// Subjects with a participle phrase or a "that" clause after them, set off by no commas:
// "Scouts contacted by the Herald said", "a coalition that filed a brief said", "a notice
// circulating online on Monday said". The speaker is the noun the phrase describes, never a
// name inside the phrase.
import {
  AUXILIARIES,
  BODY_PLURALS,
  CARDINALS,
  DETERMINERS,
  DESCRIBED_DOCUMENTS,
  DOCUMENT_NOUNS,
  IRREGULAR_ONLY_PARTICIPLES,
  IRREGULAR_PAST,
  PARTICIPLE_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  SUBJECT_OPENERS,
  PRONOUNS,
  QUANTITY_WORDS,
  isAgentPlural,
  isSpeakerNoun,
} from '../lexicon/index.js';
import { isNameWord } from './name-tokens.js';
import { isLowerWord, isModifierWord, type Range } from './phrase-words.js';
import { isAdverb, isCalendarWord } from './word-classes.js';
import type { Token } from '../scan/index.js';

// How far the verb may stand from the start of the subject.
const REACH = 20;
// How many words the described noun phrase may have.
const NOUN_PHRASE_REACH = 7;

const isPreposition = (t: Token | undefined): boolean => t !== undefined && isLowerWord(t) && PHRASE_PREPOSITIONS.has(t.lower);

/** "contacted by", "circulating on", "prepared for", "run by": a participle with a preposition after it, describing the noun before. */
export function isDescribingParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!isLowerWord(t) || !isLowerWord(next) || !PARTICIPLE_PREPOSITIONS.has(next.lower)) return false;
  const irregular = (IRREGULAR_PAST.has(t.lower) && t.lower !== 'said' && t.lower !== 'told') || IRREGULAR_ONLY_PARTICIPLES.has(t.lower);
  return irregular || (t.lower.length > 4 && /(?:ed|ing|wn|en)$/.test(t.lower));
}

/** A word of a noun phrase, or of a preposition's object: "the rural jails", "X in May", "a brief". */
function isPhraseWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind === 'num' || t.kind === 'poss' || t.text === '&') return true;
  if (t.kind !== 'word') return false;
  // After a determiner a verb's form is a noun: "filed a brief".
  const afterDeterminer = isLowerWord(t) && tokens[k - 1]?.kind === 'word' && DETERMINERS.has(tokens[k - 1].lower) && !AUXILIARIES.has(t.lower);
  return DETERMINERS.has(t.lower) || t.lower === 'and' || isNameWord(t) || isModifierWord(t) || isCalendarWord(t) || afterDeterminer;
}

/** A noun that a description may be headed by and that can speak; a capital is allowed on the sentence's first word. */
function speaksAsDescription(t: Token, first: boolean): boolean {
  if (t.kind !== 'word' || (t.cap && !first) || PRONOUNS.has(t.lower)) return false;
  return isSpeakerNoun(t.lower) || isAgentPlural(t.lower) || BODY_PLURALS.has(t.lower);
}

/** The end of a "that" clause's verb opening at `k` ("that have lost", "that filed"), or -1. */
function relativeVerbEnd(tokens: Token[], k: number, j: number): number {
  let m = k + 1;
  while (m <= j && (AUXILIARIES.has(tokens[m].lower) || isAdverb(tokens[m]))) m++;
  const v = tokens[m];
  if (m > j || !isLowerWord(v)) return -1;
  // "a plan that officials said …": a plural noun after "that" is the next clause's subject.
  const plainPresent = v.lower.endsWith('s') && m === k + 1 && !isSpeakerNoun(v.lower) && !isAgentPlural(v.lower);
  return /ed$/.test(v.lower) || IRREGULAR_PAST.has(v.lower) || m > k + 1 || plainPresent ? m : -1;
}

/**
 * The described subject of a verb right after `j`, when the clause opens on a noun phrase
 * for someone unnamed and what stands between it and the verb only describes it (a
 * participle with its phrase, a "that" clause, a place). The range runs to the verb.
 */
export function subjectBeforeModifier(tokens: Token[], j: number, from: number): Range | null {
  let s = from;
  // "But a briefing …", "Also, the …".
  while (s < j && tokens[s].kind === 'word' && SUBJECT_OPENERS.has(tokens[s].lower)) s += tokens[s + 1]?.text === ',' ? 2 : 1;
  if (j - s > REACH) return null;
  let m = s;
  while (
    m <= j &&
    m - s < NOUN_PHRASE_REACH &&
    isPhraseWord(tokens, m) &&
    !isPreposition(tokens[m]) &&
    tokens[m].lower !== 'that' &&
    !isDescribingParticiple(tokens, m)
  )
    m++;
  if (m === s || m > j) return null;
  const head = tokens[m - 1];
  // Documents described by what happened to them are the document subject's to read.
  if (!speaksAsDescription(head, m - 1 === s) || DOCUMENT_NOUNS.has(head.lower) || DESCRIBED_DOCUMENTS.has(head.lower)) return null;
  // "Two of the workers": a count before the group is part of it; a name in the phrase makes it a name.
  for (let k = s; k < m - 1; k++) if (tokens[k].cap && k > s && !CARDINALS.has(tokens[k].lower) && !QUANTITY_WORDS.has(tokens[k].lower)) return null;
  let described = false;
  for (let k = m; k <= j; k++) {
    const t = tokens[k];
    if (isDescribingParticiple(tokens, k)) {
      described = true;
      continue;
    }
    if (t.kind === 'word' && t.lower === 'that' && !t.cap) {
      const v = relativeVerbEnd(tokens, k, j);
      if (v < 0) return null;
      described = true;
      k = v;
      continue;
    }
    if (!isPhraseWord(tokens, k) && !isPreposition(t)) return null;
  }
  return described ? { from: s, to: j + 1 } : null;
}
