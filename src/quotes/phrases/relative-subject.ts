// Subjects that stand before a relative clause set off by no commas: "A
// senior official who spoke on condition of anonymity said", "Residents the
// Post spoke to said".
import { isNameWord } from './name-tokens.js';
import { phraseBefore } from './phrase-before.js';
import type { Range } from './phrase-words.js';
import type { Token } from '../scan/index.js';
import { ANONYMITY_WORDS, CONTACT_VERBS, PRONOUNS, isSpeakerNoun } from '../lexicon/index.js';

/**
 * "Residents the Post spoke to said", "Shoppers we interviewed said": a relative
 * clause with no "who" between the subject and its verb; the subject is the noun before it.
 */
export function contactClauseSubject(tokens: Token[], j: number, from: number): Range | null {
  let k = j;
  if ((tokens[k].lower === 'to' || tokens[k].lower === 'with') && !tokens[k].cap) k--;
  if (k <= from || !CONTACT_VERBS.has(tokens[k].lower)) return null;
  let m = k - 1;
  if (m >= from && PRONOUNS.has(tokens[m].lower)) m--;
  else while (m >= from && ((isNameWord(tokens[m]) && !isSpeakerNoun(tokens[m].lower)) || tokens[m].lower === 'the')) m--;
  if (m === k - 1 || m < from) return null;
  const head = tokens[m];
  return head.kind === 'word' && !PRONOUNS.has(head.lower) && isSpeakerNoun(head.lower) ? phraseBefore(tokens, m + 1, from) : null;
}

// How far back a subject may stand before its verb, across a "who" clause.
const WHO_CLAUSE_REACH = 16;

/**
 * "A senior official who spoke on condition of anonymity said": the subject
 * stands before a relative clause set off by no commas. The clause ends at
 * the verb; it holds no quote, comma or other clause break.
 */
export function subjectBeforeWho(tokens: Token[], j: number, from: number): Range | null {
  for (let k = j; k > from && j - k < WHO_CLAUSE_REACH; k--) {
    const t = tokens[k];
    // "backed the horse at 9-2": a hyphen or slash inside a word is no clause break.
    const inWord = t.kind === 'punct' && (t.text === '-' || t.text === '/') && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1]?.start;
    if (t.kind === 'quote' || (t.kind === 'punct' && !inWord)) return null;
    if (t.kind !== 'word' || t.cap || t.lower !== 'who') continue;
    // The verb must not be the clause's own: "the woman who said …".
    if (k === j) return null;
    const range = phraseBefore(tokens, k, from);
    if (!range) return null;
    const head = tokens[range.to - 1];
    if (PRONOUNS.has(head.lower)) return null;
    // "A woman who runs a grocery store said": an unnamed speaker is named by the whole description.
    // Not how the source spoke: "a senior official who spoke on condition of anonymity".
    const unnamed = !head.cap || /^(?:a|an|one|another)$/i.test(tokens[range.from].lower) || (range.to - range.from === 1 && isSpeakerNoun(head.lower));
    let anonymity = false;
    for (let m = k + 1; m <= j; m++) if (ANONYMITY_WORDS.has(tokens[m].lower)) anonymity = true;
    return unnamed && !anonymity ? { from: range.from, to: j + 1 } : range;
  }
  return null;
}
