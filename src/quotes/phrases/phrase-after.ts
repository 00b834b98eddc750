// The noun phrase that starts after a verb of saying, read rightwards: "said
// a senior Biden administration official", "said people familiar with the
// talks", "a report issued Monday by the ministry".
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  NAME_JOINERS,
  NAME_PARTICLES,
  PHRASE_BREAKERS,
  POSTNOMINAL,
  POST_MODIFIERS,
  PRONOUNS,
  QUANTIFIERS,
  QUANTITY_WORDS,
  CROWD_WORDS,
  isSpeakerNoun,
} from '../lexicon/index.js';
import { continuesName, isNameWord, joinsBodyName, particlesThenName } from './name-tokens.js';
import { MAX_LOWER, MAX_TOKENS, isLowerWord, isModifierWord, type Range } from './phrase-words.js';
import type { Token } from '../scan/index.js';
import { isAdverb, isCalendarWord } from './word-classes.js';
import { ISSUED, TIME_WORDS } from '../lexicon/index.js';

/** "by fans", "by the organisers": the agent of a passive, any noun. */
export function describedAfter(tokens: Token[], i: number, ceil: number): Range | null {
  let j = i;
  if (tokens[j] && DETERMINERS.has(tokens[j].lower)) j++;
  let last = -1;
  for (; j < ceil && j < i + 5 && isModifierWord(tokens[j]); j++) last = j;
  return last >= 0 && !/(?:ly|ing|ed)$/.test(tokens[last].lower) ? { from: i, to: last + 1 } : null;
}

/**
 * The noun phrase that starts at `i`, reading rightwards no further than `ceil`;
 * null when no phrase starts there.
 */
export function phraseAfter(tokens: Token[], i: number, ceil: number): Range | null {
  let j = i;
  const first = tokens[j];
  if (!first || j >= ceil) return null;
  if (first.kind === 'word' && PRONOUNS.has(first.lower) && !first.cap) return { from: j, to: j + 1 };
  if (first.kind === 'word' && (first.lower === 'he' || first.lower === 'she' || first.lower === 'they')) return { from: j, to: j + 1 };
  while (j < ceil && (DETERMINERS.has(tokens[j].lower) || (QUANTIFIERS.has(tokens[j].lower) && tokens[j + 1]?.kind === 'num') || tokens[j].kind === 'num')) j++;
  let lastHead = -1;
  let lower = 0;
  let sawDocument = false;
  for (; j < ceil && j - i < MAX_TOKENS; j++) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (continuesName(t, tokens[j - 1]) || t.kind === 'num') {
      lastHead = j;
      continue;
    }
    if (t.kind === 'poss' && lastHead === j - 1) continue;
    if (t.text === '(' && isNameWord(next) && tokens[j + 2]?.text === ')') {
      j += 2;
      lastHead = j;
      continue;
    }
    // "Captain (retd) Imran Lodhi": an aside in brackets inside a title.
    if (t.text === '(' && next?.kind === 'word' && !next.cap && tokens[j + 2]?.text === ')' && isNameWord(tokens[j + 3])) {
      j += 2;
      continue;
    }
    if (t.text === '&' && isNameWord(next)) continue;
    if (t.text === ',' && joinsBodyName(tokens, j, i, ceil)) continue;
    if (t.kind !== 'word') break;
    const w = t.lower;
    const pluralHead = lastHead >= 0 && lastHead === j - 1 && !tokens[lastHead].cap && /[^s]s$/.test(tokens[lastHead].lower);
    if (!t.cap && NAME_PARTICLES.has(w) && particlesThenName(tokens, j)) continue;
    // "a report issued by …", "data released Monday by …": the document's author follows.
    if (sawDocument && ISSUED.has(w)) {
      const by = afterTimeWords(tokens, j + 1, ceil);
      if (tokens[by]?.lower === 'by' || tokens[by]?.lower === 'from') {
        j = by;
        continue;
      }
    }
    if (sawDocument && (w === 'from' || w === 'by')) continue;
    if (!t.cap && (NAME_JOINERS.has(w) || POST_MODIFIERS.has(w)) && lastHead >= 0) {
      // "people familiar with the talks": what the source knows is part of its description.
      if (j - 1 === lastHead + 1 && POSTNOMINAL.has(tokens[j - 1].lower)) {
        const known = knownThingEnd(tokens, j + 1, ceil);
        if (known > j + 1) {
          lastHead = known - 1;
          break;
        }
      }
      const after = w === 'the' ? next : next?.lower === 'the' ? tokens[j + 2] : next;
      if (isNameWord(after) && !(w === 'the' && pluralHead)) continue;
      // "witness accounts and authorities": two described speakers joined.
      if (
        w === 'and' &&
        isSpeakerNoun(tokens[lastHead].lower) &&
        next &&
        isLowerWord(next) &&
        (isSpeakerNoun(next.lower) || isModifierWord(next)) &&
        !/ed$/.test(next.lower)
      )
        continue;
      // "a nurse at the hospital", "a doctor in the neonatal wing": where an unnamed speaker works.
      if ((w === 'of' || w === 'in' || w === 'at' || w === 'for') && next?.lower === 'the' && isSpeakerNoun(tokens[lastHead].lower) && !tokens[lastHead].cap) {
        let m = j + 2;
        while (m < ceil && m < j + 5 && isLowerWord(tokens[m]) && !PHRASE_BREAKERS.has(tokens[m].lower) && !/.{3}(?:ing|ed)$/.test(tokens[m].lower)) m++;
        if (m > j + 2 && !isNameWord(tokens[m])) {
          lastHead = m - 1;
          j = m - 1;
          continue;
        }
      }
      if ((w === 'of' || w === 'in' || w === 'at') && (next?.lower === 'the' || isModifierWord(next!)) && isSpeakerNoun(tokens[lastHead].lower)) continue;
      // "One of these groups", "Some of the activists".
      if (w === 'of' && lastHead === i && QUANTITY_WORDS.has(tokens[i].lower) && next && DETERMINERS.has(next.lower)) {
        j++;
        continue;
      }
      // "Hundreds of fishers", "Dozens of vendors": a crowd of a kind.
      if (
        w === 'of' &&
        lastHead === i &&
        CROWD_WORDS.has(tokens[i].lower) &&
        isLowerWord(next) &&
        next.lower.endsWith('s') &&
        !PHRASE_BREAKERS.has(next.lower)
      ) {
        lastHead = ++j;
        continue;
      }
      break;
    }
    // "its daily bulletin", "a weekly report": an -ly word right before a speaker noun describes it.
    if (isLowerWord(t) && w.endsWith('ly') && next !== undefined && isLowerWord(next) && isSpeakerNoun(next.lower) && ++lower <= MAX_LOWER) continue;
    // "the advocacy group the Green League" names the group; after a plural ("told reporters the
    // Senate would …") "the" starts what was said.
    if (isLowerWord(t) && w === 'the' && isNameWord(next) && lastHead >= 0 && !tokens[lastHead].cap && !pluralHead) continue;
    // "state weather bureau X", "the report desk": before any head a verb's form is a noun.
    const adjunct =
      lastHead < 0 && isLowerWord(t) && !PHRASE_BREAKERS.has(w) && !isAdverb(t) && isLowerWord(next) && (isModifierWord(next) || isSpeakerNoun(next.lower));
    if (isModifierWord(t) || adjunct || (tokens[j - 1]?.kind === 'poss' && isLowerWord(t) && !PHRASE_BREAKERS.has(w))) {
      // After a head an -ed word is the verb ("Bolton painted …"); before one it may describe ("unnamed officials").
      if (/ed$/.test(w) && !isSpeakerNoun(w) && (lastHead >= 0 || !(next && isLowerWord(next) && isSpeakerNoun(next.lower)))) break;
      if (++lower > MAX_LOWER) break;
      if (isSpeakerNoun(w)) {
        lastHead = j;
        if (DOCUMENT_NOUNS.has(w)) sawDocument = true;
      }
      continue;
    }
    break;
  }
  if (lastHead < 0) return null;
  return { from: i, to: lastHead + 1 };
}

/** The end of "the talks", "the company's plans" after "familiar with": a short noun phrase, or `i`. */
function knownThingEnd(tokens: Token[], i: number, ceil: number): number {
  let k = i;
  let end = i;
  while (k < ceil && k < i + 6) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    // After "the" or a possessive a verb's form is a noun: "the talks", "the company's plans".
    const noun = k > i && (DETERMINERS.has(prev.lower) || prev.kind === 'poss') && isLowerWord(t) && !PHRASE_BREAKERS.has(t.lower) && !isAdverb(t);
    if (DETERMINERS.has(t.lower) || t.kind === 'poss') k++;
    else if (isNameWord(t) || isModifierWord(t) || noun) end = ++k;
    else break;
  }
  return end;
}

/** The index after a short time phrase at `i` ("Monday", "on Tuesday", "last week"), or `i`. */
export function afterTimeWords(tokens: Token[], i: number, ceil: number): number {
  let k = i;
  while (k < ceil && k < i + 4 && (isCalendarWord(tokens[k]) || (!tokens[k].cap && TIME_WORDS.has(tokens[k].lower)))) k++;
  return k;
}
