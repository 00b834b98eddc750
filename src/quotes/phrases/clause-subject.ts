// The subject of a clause, for verbs that do not sit next to theirs: "… and
// said", ", saying", "One of these groups, the SDF, opposed … and said".
import {
  speechVerbForms,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  PARENTHETICAL_OPENERS,
  PHRASE_BREAKERS,
  PRONOUNS,
  isSpeakerNoun,
  isAgentPlural,
} from '../lexicon/index.js';
import { phraseAfter } from './phrase-after.js';
import { isNameWord, joinsBodyName } from './name-tokens.js';
import { datelineEnd } from './dateline.js';
import type { Range, SpeakerRef } from './phrase-words.js';
import type { Token } from '../scan/index.js';
import { isAdverb, isCalendarWord, isCapWord } from './word-classes.js';
import { IRREGULAR_PAST } from '../lexicon/index.js';

/**
 * A word that can be the main verb after a subject: not a noun, function word
 * or name. A bare -s word is a verb only after a name ("Pruikma sits"); after
 * a common noun it is as likely a plural ("member countries").
 */
export function isVerbLike(t: Token | undefined, afterName: boolean): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (AUXILIARIES.has(t.lower)) return true;
  if (DETERMINERS.has(t.lower) || PHRASE_BREAKERS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return false;
  if (isAdverb(t)) return true;
  return speechVerbForms(t.lower).length > 0 || /ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || (afterName && /s$/.test(t.lower));
}

/** The token index after a phrase, its bracketed acronym and an inserted ", …," description. */
function afterPhrase(tokens: Token[], range: Range, ceil: number): number {
  let k = range.to;
  // "the Syrian Democratic Forces (SDF), opposed …": a comma closing an apposition.
  if (tokens[k]?.text === ',' && isVerbLike(tokens[k + 1], true) && !/ing$/.test(tokens[k + 1].lower)) return k + 1;
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < ceil && tokens[c].text !== ',' && c - k < 30) c++;
    if (tokens[c]?.text === ',') k = c + 1;
  }
  while (k < ceil && (isAdverb(tokens[k]) || isCalendarWord(tokens[k]))) k++;
  if (tokens[k]?.lower === 'on' && isCalendarWord(tokens[k + 1] ?? tokens[k])) k += 2;
  // "X on Tuesday, May 5, defended …": the date set off after the day.
  if (k > range.to && isCalendarWord(tokens[k - 1]) && tokens[k]?.text === ',' && isCalendarWord(tokens[k + 1])) {
    let m = k + 2;
    while (m < ceil && m < k + 5 && (tokens[m].kind === 'num' || isCalendarWord(tokens[m]))) m++;
    if (tokens[m]?.text === ',') k = m + 1;
  }
  return k;
}

/**
 * The subject of the clause a verb at `limit` hangs on, for "… and said"
 * and ", saying": the last phrase that opens a clause before it and is
 * followed by a verb.
 */
export function clauseSubject(tokens: Token[], start: number, limit: number): SpeakerRef | null {
  let best: SpeakerRef | null = null;
  // "OSAKA, Japan – Acme Motors cut …": the dateline names no subject.
  const dated = start === 0 ? datelineEnd(tokens) : 0;
  const from = dated > 0 && dated < limit ? dated : start;
  for (let p = from; p < limit; p++) {
    const prev = tokens[p - 1];
    // "OSAKA – Acme Motors cut …": a dash (after a dateline, or in mid-sentence) opens a clause.
    const opens =
      p === from || prev?.text === ',' || prev?.text === '–' || prev?.text === '—' || (prev?.kind === 'word' && !prev.cap && CLAUSE_OPENERS.has(prev.lower));
    // "Xi and Putin … issued": a word inside the subject found (or its apposition) is not a subject of its own;
    // "Food and Drug Administration", "Culture, Sports and Tourism Bureau": the joiner is inside one name.
    if (!opens || (best !== null && p < (best.appos?.to ?? best.range.to)) || (p > from && joinsBodyName(tokens, p - 1, from, limit))) continue;
    const t = tokens[p];
    if (t.kind !== 'word' || (t.cap && PHRASE_BREAKERS.has(t.lower) && !PRONOUNS.has(t.lower))) continue;
    // "Ann Roe, a forest ecologist at …, who …, calls": a description after a name is its apposition.
    if (p > from && prev.text === ',' && /^(?:a|an)$/.test(t.lower) && isNameWord(tokens[p - 2])) continue;
    // A clause's subject opens on a determiner, a capital, a number or a pronoun, or is a bare noun like "industry experts".
    if (!t.cap && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower) && (/(?:ed|ing)$/.test(t.lower) || !isSpeakerNoun(tokens[p + 1]?.lower ?? t.lower))) {
      if (!isSpeakerNoun(t.lower)) continue;
    }
    const range = phraseAfter(tokens, p, limit);
    if (!range) continue;
    const head = tokens[range.to - 1];
    if (!(isCapWord(head) || PRONOUNS.has(head.lower) || isSpeakerNoun(head.lower) || isAgentPlural(head.lower) || head.text === ')')) continue;
    const next = afterPhrase(tokens, range, limit);
    if (next < limit + 1 && isVerbLike(tokens[next], isCapWord(head))) {
      const appos = apposAfter(tokens, range, limit);
      best = appos ? { range, appos } : { range };
    }
  }
  return best;
}

/** An inserted description right after a phrase: "Stacie Goddard, the … professor,". */
export function apposAfter(tokens: Token[], range: Range, ceil: number): Range | undefined {
  if (tokens[range.to]?.text !== ',') return undefined;
  let c = range.to + 1;
  const first = tokens[c];
  if (!first || PARENTHETICAL_OPENERS.has(first.lower)) return undefined;
  while (c < ceil && tokens[c].text !== ',') c++;
  if (c === range.to + 1 || tokens[c]?.text !== ',') return undefined;
  return { from: range.to + 1, to: c };
}
