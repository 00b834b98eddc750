// What a report says: where the content of a speech verb starts (after the
// listener, the time and "in a statement") and ends, and whether it is a clause.
import { describedAfter, phraseAfter, isAdverb, isCalendarWord, isCapWord, isLowerWord } from '../phrases/index.js';
import {
  SPEECH_NOUNS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  IRREGULAR_PAST,
  ISSUED,
  OBJECT_PRONOUNS,
  PHRASE_BREAKERS,
  PRONOUNS,
  MID_ADVERBS,
  QUANTIFIERS,
} from '../lexicon/index.js';
import { verbAt } from './speech.js';
import type { Token } from '../scan/index.js';
import {
  CLAUSE_WORDS,
  TO_WHAT_GROWS,
  CALLED_OBJECT_ENDS,
  CALLED_OBJECT_OPENERS,
  CHANNELS,
  FUNCTION_AFTER_LISTENER,
  LISTENER_FIRST,
  MAYBE_LISTENER,
  MEDIA,
  RESULTS,
  SUBORDINATORS,
  TOPIC_PREPOSITIONS,
} from '../lexicon/index.js';

// Reported content has a few words, at least two of them the writer's own.
export const MIN_WORDS = 3;
const MIN_OWN_WORDS = 2;

/** Skip the listener, time words and "in a statement" after a verb; index of the content. */
export function contentStart(tokens: Token[], c: number, end: number, lemma: string): { at: number; that: boolean } {
  let k = c;
  if (LISTENER_FIRST.has(lemma)) {
    const t = tokens[k];
    let listener = t && t.lower !== 'that' ? phraseAfter(tokens, k, end) : null;
    // "urged the council to act" has a listener; "urged a full inquiry" has only what was urged.
    if (listener && MAYBE_LISTENER.has(lemma) && !/^(?:to|that|not|of|about|against)$/.test(tokens[listener.to]?.lower ?? '')) listener = null;
    // "warned that …" has no listener and is read on below.
    if (!listener && MAYBE_LISTENER.has(lemma) && t && !OBJECT_PRONOUNS.has(t.lower) && t.lower !== 'that') return { at: k, that: false };
    if (t && OBJECT_PRONOUNS.has(t.lower)) k++;
    else if (t && t.kind === 'word' && !t.cap && !DETERMINERS.has(t.lower) && t.lower !== 'that' && !listener) k++;
    else if (listener) {
      k = listenerEnd(tokens, listener.from, listener.to, end);
      // The rest of the listener's name: "the BBC’s Today programme".
      for (
        let n = 0;
        n < 3 &&
        tokens[k] &&
        (tokens[k].kind === 'poss' ||
          isCapWord(tokens[k]) ||
          ((tokens[k - 1].kind !== 'word' || tokens[k - 1].cap) &&
            tokens[k].kind === 'word' &&
            // "told Radio Kiel the plan had …": an article starts the content, not the name.
            !DETERMINERS.has(tokens[k].lower) &&
            !AUXILIARIES.has(tokens[k].lower) &&
            !FUNCTION_AFTER_LISTENER.has(tokens[k].lower)));
        n++
      )
        k++;
    }
    // "told CGTV, a Chinese state-run broadcaster, that …"
    if (tokens[k]?.text === ',') {
      let m = k + 1;
      while (m < end && m < k + 14 && tokens[m].text !== ',') m++;
      if (tokens[m]?.text === ',' && tokens[m + 1]?.lower === 'that') k = m + 1;
    }
  }
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const t = tokens[k];
    // "on September 9": the day's number belongs to its month.
    if (isCalendarWord(t) || isAdverb(t) || (t.kind === 'num' && k > c && isCalendarWord(tokens[k - 1]))) {
      k++;
      continue;
    }
    if (
      (t.lower === 'on' || t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || t.lower === 'late') &&
      tokens[k + 1] &&
      (isCalendarWord(tokens[k + 1]) || /^(?:week|month|year|weekend)$/.test(tokens[k + 1].lower))
    ) {
      k += 2;
      continue;
    }
    if ((t.lower === 'in' || t.lower === 'during' || t.lower === 'at' || t.lower === 'on') && DETERMINERS.has(tokens[k + 1]?.lower ?? '')) {
      let m = k + 2;
      while (m < end && m < k + 6 && !MEDIA.has(tokens[m].lower)) m++;
      if (m < end && MEDIA.has(tokens[m].lower)) {
        // "a conference call", "a video message": the last word of the medium.
        while (m + 1 < end && MEDIA.has(tokens[m + 1].lower) && !tokens[m + 1].cap) m++;
        k = m + 1;
        // "in a report released Monday": the medium's own participle, then its day (read on below).
        if (ISSUED.has(tokens[k]?.lower ?? '') && !tokens[k].cap) {
          k++;
          // "in a reply lodged with the tribunal that …": where it was issued, then what it says.
          const that = placeThenThat(tokens, k, end);
          if (that > 0) k = that;
        }
        // "on the team's radio show, "Inside Track," that …": the show's title set off by commas.
        if (tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'quote' && tokens[k + 2]?.lower === 'that') k += 2;
        continue;
      }
    }
    if ((t.lower === 'on' || t.lower === 'via' || t.lower === 'by' || t.lower === 'over') && CHANNELS.has(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    // "said on “Morning Desk” that …": a programme named in quote marks.
    if ((t.lower === 'on' || t.lower === 'in') && tokens[k + 1]?.kind === 'quote' && tokens[k + 2]?.lower === 'that') {
      k += 2;
      continue;
    }
    // "posted on | Facebook that …": the verb's own particle came before the channel.
    if (k === c && tokens[k - 1]?.lower === 'on' && CHANNELS.has(t.lower)) {
      k++;
      continue;
    }
    // "complained on social media that …", "said at the hearing that …": where it was said, then what.
    // A listener after "to" is read below ("added to concern that …" is no statement).
    const placed = tokens[k]?.lower === 'to' ? -1 : placeThenThat(tokens, k, end);
    if (placed > 0) k = placed;
    break;
  }
  // "wrote in a note to clients that …", "complained to the council that …": the listener after "to".
  if (tokens[k]?.lower === 'to' && !tokens[k].cap && !TO_WHAT_GROWS.has(lemma)) {
    const listener = phraseAfter(tokens, k + 1, end) ?? describedAfter(tokens, k + 1, end);
    let m = listener ? listener.to : -1;
    // "wrote in a memo to staff Monday that …": the day after the listener.
    // "wrote to the department in May that …": so is a date opened by a preposition.
    while (
      m > 0 &&
      m < end &&
      (isCalendarWord(tokens[m]) ||
        isAdverb(tokens[m]) ||
        (/^(?:in|on|last|this|earlier)$/.test(tokens[m].lower) && !tokens[m].cap && isCalendarWord(tokens[m + 1])))
    )
      m++;
    if (m > 0 && tokens[m]?.text === ',' && tokens[m + 1]?.lower === 'that') m++;
    const next = m > 0 ? tokens[m] : undefined;
    if (
      next &&
      next.kind === 'word' &&
      !next.cap &&
      (next.lower === 'that' || CLAUSE_WORDS.has(next.lower) || (next.lower.length > 4 && next.lower.endsWith('ing')))
    )
      k = m;
  }
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'that') k++;
  const that = tokens[k]?.lower === 'that' && !tokens[k].cap;
  return { at: that ? k + 1 : k, that };
}

/** "told Radio Kiel the Senate would …": a name's phrase ends before "the" when a clause starts there. */
function listenerEnd(tokens: Token[], from: number, to: number, end: number): number {
  for (let k = from + 1; k < to; k++)
    if (tokens[k].lower === 'the' && !tokens[k].cap && tokens[k - 1].cap && tokens[k - 1].kind === 'word' && clauseFollows(tokens, k, end)) return k;
  return to;
}

/** A clause follows: "the government has decided", "it plans to", "evidence supported". */
export function clauseFollows(tokens: Token[], c: number, end: number): boolean {
  const first = tokens[c];
  if (!first) return false;
  if (first.kind === 'word' && (PRONOUNS.has(first.lower) || first.lower === 'there')) return true;
  for (let k = c; k < Math.min(end, c + 10); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.kind === 'quote') break;
    if (t.kind === 'word' && !t.cap && AUXILIARIES.has(t.lower) && k > c) return true;
    // "the flies came from …": a past form after the subject, regular or not.
    if (k > c && k <= c + 4 && t.kind === 'word' && !t.cap && /ed$/.test(t.lower) && !DETERMINERS.has(tokens[k - 1].lower)) return true;
    if (k > c && k <= c + 4 && t.kind === 'word' && !t.cap && IRREGULAR_PAST.has(t.lower) && plainSubject(tokens, c, k)) return true;
    // "crews still rely on …": an adverb between a subject and its verb.
    if (
      k > c + 1 &&
      k <= c + 6 &&
      MID_ADVERBS.has(t.lower) &&
      plainSubject(tokens, c, k) &&
      isLowerWord(tokens[k + 1]) &&
      !PHRASE_BREAKERS.has(tokens[k + 1].lower)
    )
      return true;
  }
  return false;
}

export function resultsObject(tokens: Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + 6); k++) if (RESULTS.test(tokens[k].lower)) return true;
  return false;
}

export function saidObject(tokens: Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + 5); k++) if (SPEECH_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** Last token of a sentence's words, without its closing punctuation. */
export function lastWord(tokens: Token[], from: number, end: number): number {
  let k = end - 1;
  while (k >= from && tokens[k].kind === 'punct' && /^[.,;:!?)]$/.test(tokens[k].text)) k--;
  return k;
}

function wordCounts(tokens: Token[], from: number, to: number): { own: number; all: number } {
  let own = 0;
  let all = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.kind === 'word' || t.kind === 'num') own++;
    all += t.kind === 'quote' ? t.text.split(/\s+/).length : t.kind === 'word' || t.kind === 'num' ? 1 : 0;
  }
  return { own, all };
}

// A dateline opening a paragraph is not part of what was said: "LONDON (Reuters) - ", "MARGAO: ".
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^-–—(:]{0,30})?(?:\s*\([^)]{1,40}\))?\s*(?:[-–—]+|:)\s*/u;

/** The texts of the first `n` tokens, joined by spaces (by hand: a slice and map here had optimized code thrown away). */
function openingWords(tokens: Token[], n: number): string {
  let out = tokens[0].text;
  for (let k = 1; k < Math.min(tokens.length, n); k++) out += ' ' + tokens[k].text;
  return out;
}

export function span(tokens: Token[], from: number, to: number, minWords = MIN_WORDS): { start: number; end: number } | null {
  if (to < from) return null;
  if (from === 0 && tokens[0].cap) {
    const line = DATELINE.exec(openingWords(tokens, 14));
    if (line) {
      let covered = 0;
      while (from <= to && covered < line[0].trimEnd().length) covered += tokens[from++].text.length + 1;
    }
  }
  const { own, all } = wordCounts(tokens, from, to);
  if (own < Math.min(MIN_OWN_WORDS, minWords) || all < minWords) return null;
  return { start: tokens[from].start, end: tokens[to].end };
}

/** "said of the outbreak, "…"" and "said about Amman: "…"": the verb frames a quote after a short topic. */
export function framesQuote(tokens: Token[], c: number, end: number): boolean {
  if (!TOPIC_PREPOSITIONS.has(tokens[c]?.lower ?? '')) return false;
  for (let k = c + 1; k < Math.min(end, c + 6); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ':') return tokens[k + 1]?.kind === 'quote';
    if (t.kind === 'quote') return false;
  }
  return false;
}

/** The content stops before ", saying "…"": the quote has its own entry. */
export function contentEnd(tokens: Token[], c: number, e: number): number {
  for (let k = c + 1; k < e; k++) {
    const t = tokens[k];
    const framed =
      t.text === ':'
        ? tokens[k + 1]?.kind === 'quote'
        : t.text === ',' && verbAt(tokens, k + 1)?.form.participle && (tokens[k + 2]?.kind === 'quote' || tokens[k + 3]?.kind === 'quote');
    if (framed) {
      return lastWord(tokens, c, k);
    }
  }
  return lastWord(tokens, c, e);
}

/** The reported content of a cue that closes its clause: "…, Nantulya said." or mid-sentence ", he said, …". */
export function contentAround(tokens: Token[], s: number, e: number, cueFrom: number, cueTo: number): { start: number; end: number } | null {
  let beforeEnd = cueFrom - 1;
  while (beforeEnd >= s && tokens[beforeEnd].kind === 'punct') beforeEnd--;
  let afterStart = cueTo;
  while (afterStart < e && tokens[afterStart].kind === 'punct') afterStart++;
  const afterEnd = lastWord(tokens, afterStart, e);
  const before = beforeEnd - s;
  const after = afterEnd - afterStart;
  if (before <= 0 && after <= 0) return null;
  // "«…» X told Y, sitting in a tower where, he said, few flats are let": the
  // words before hold a quote of their own or break off mid-clause, so the
  // cue reports what follows it.
  const quoteBefore = tokens.slice(s, cueFrom).some((t) => t.kind === 'quote');
  const brokenOff = beforeEnd >= s && SUBORDINATORS.has(tokens[beforeEnd].lower);
  if (after > 0 && (quoteBefore || brokenOff)) return span(tokens, afterStart, afterEnd);
  // "The new rules, he says, will cut costs": a cue set off by commas inside the clause it reports.
  if (before > 0 && after > 0 && tokens[cueFrom - 1]?.text === ',' && tokens[cueTo]?.text === ',') return span(tokens, s, afterEnd);
  return after > before ? span(tokens, afterStart, afterEnd) : span(tokens, s, beforeEnd);
}

// How far after "called" the judgement "a …" may stand: "called the plan, known as …, a fantasy".
const MAX_CALLED_OBJECT = 14;
/** "has called the plan a fantasy": a naming verb, its object, then a judgement opening on "a". */
export function callsItA(tokens: Token[], from: number, e: number): boolean {
  // The object opens on "the", "it", "him" …: not "called a meeting", not "a firm called Acme".
  const first = tokens[from];
  if (!first || first.kind !== 'word' || first.cap || !CALLED_OBJECT_OPENERS.has(first.lower)) return false;
  let aside = false;
  for (let k = from + 1; k < e && k < from + MAX_CALLED_OBJECT; k++) {
    const t = tokens[k];
    if (t.text === ',') aside = !aside;
    else if ((t.lower === 'a' || t.lower === 'an') && !t.cap) return !aside;
    // "called the meeting to approve …": the object ends, and no judgement follows.
    else if (t.text === '.' || t.text === ';' || (!aside && CALLED_OBJECT_ENDS.has(t.lower)) || (t.kind === 'word' && verbAt(tokens, k) !== null)) return false;
  }
  return false;
}

/** "the flies" before "came": a short noun phrase, with no verb, preposition or clause word in it. */
function plainSubject(tokens: Token[], from: number, to: number): boolean {
  if (DETERMINERS.has(tokens[to - 1].lower)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'num' || (QUANTIFIERS.has(t.lower) && !t.cap)) continue;
    if (t.kind !== 'word' || AUXILIARIES.has(t.lower) || PHRASE_BREAKERS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || /(?:ing|ed)$/.test(t.lower))
      return false;
  }
  return true;
}

// How many words a place may take between a document's participle and its "that".
const PLACE_REACH = 6;

/** "with the tribunal that …", "with the exchange on Monday that …": the index of that "that", or -1. */
function placeThenThat(tokens: Token[], k: number, end: number): number {
  if (!/^(?:before|with|to|in|on|at)$/.test(tokens[k]?.lower ?? '')) return -1;
  for (let m = k + 1; m < end && m <= k + PLACE_REACH; m++) {
    const t = tokens[m];
    if (t.lower === 'that' && !t.cap) return m;
    if (t.kind !== 'word' && t.kind !== 'num') return -1;
    if (AUXILIARIES.has(t.lower) || verbAt(tokens, m)) return -1;
  }
  return -1;
}
