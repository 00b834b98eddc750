// A speaker phrase that names two or more speakers together: "Xi and Putin",
// "Sens. Ana Ruiz and Tom Hale", "Ivory Coast and Ghana". Each part is read
// as a speaker of its own; together they are one joint speaker.
import { BODY_PLURALS, CARDINALS, COLLECTIVE_NOUNS, isOrgWord, isPersonPlural, isPluralTitle, isTitleWord } from '../lexicon/index.js';
import { bodiesOf } from './name-shape.js';
import { isNameWord, type Range } from '../phrases/index.js';
import type { Token } from '../scan/index.js';

/** Whether the words [from, to) can name one person: two name words or more, or a one-word name met before. */
function namesPerson(tokens: Token[], from: number, to: number, knows: (word: string) => boolean): boolean {
  let names = 0;
  let last = '';
  for (let k = from; k < to; k++) {
    if (isNameWord(tokens[k])) {
      names++;
      last = tokens[k].text;
    } else if (tokens[k].text === '(' || tokens[k].text === ')') return false;
  }
  return isNameWord(tokens[to - 1]) && (names >= 2 || (names === 1 && knows(last)));
}

/** The parts of a joint speaker phrase, or null when it names one speaker. */
export function jointParts(tokens: Token[], range: Range, knows: (word: string) => boolean): Range[] | null {
  const bodies = bodiesOf(tokens, range);
  if (bodies.length > 1) return bodies;
  // People: "A and B", "A, B and C", where every part reads as a person's name.
  const cuts: number[] = [];
  for (let k = range.from + 1; k < range.to - 1; k++) {
    const t = tokens[k];
    if ((t.lower === 'and' && !t.cap) || t.text === '&' || t.text === ',') cuts.push(k);
  }
  if (cuts.length === 0 || !cuts.some((k) => tokens[k].lower === 'and' || tokens[k].text === '&')) return null;
  const parts: Range[] = [];
  let from = range.from;
  for (const k of [...cuts, range.to]) {
    // ", and": the comma and the "and" make one cut.
    if (k === from) {
      from = k + 1;
      continue;
    }
    if (!namesPerson(tokens, from, k, knows)) return null;
    // Each part a person's name, not the words of one body's ("Department of Health and Social Care").
    // "Labour MPs Ann Roe and …": the words up to a plural title before the first name say who they all are.
    let own = from;
    if (parts.length === 0) for (let n = from; n < Math.min(k - 1, from + 3); n++) if (isPluralTitle(tokens[n].text)) own = n + 1;
    for (let n = own; n < k; n++) if (tokens[n].cap && (isOrgWord(tokens[n].text) || (n > own && isTitleWord(tokens[n].text)))) return null;
    // The plural title belongs to all of them, so to no one part's name.
    parts.push({ from: own, to: k });
    from = k + 1;
  }
  return parts.length > 1 ? parts : null;
}

/**
 * "the two senators", "both leaders", "the pair", "the two companies": a
 * phrase for the two just named. Whether they are bodies (a plural of a body)
 * or people; null when the phrase is not such.
 */
export function pairPhrase(tokens: Token[], range: Range): 'people' | 'bodies' | null {
  const words = tokens.slice(range.from, range.to).map((t) => t.lower);
  if (words[0] === 'the') words.shift();
  if (words.length === 1 && (words[0] === 'pair' || words[0] === 'duo' || words[0] === 'couple')) return 'people';
  if (words.length !== 2 || (words[0] !== 'two' && words[0] !== 'both') || !words[1].endsWith('s')) return null;
  return BODY_PLURALS.has(words[1]) ? 'bodies' : 'people';
}

/**
 * "the panel", "the three judges", "the judges": a phrase for the people just
 * named together ("signed by Judges A, B and C"). The noun, for a plural that
 * must match the title they were named with; null when the phrase is not such.
 */
export function togetherPhrase(tokens: Token[], range: Range): { noun: string; collective: boolean } | null {
  const words = tokens.slice(range.from, range.to).map((t) => (t.cap ? '' : t.lower));
  if (words[0] !== 'the') return null;
  words.shift();
  if (words.length === 2 && CARDINALS.has(words[0])) words.shift();
  if (words.length !== 1) return null;
  if (COLLECTIVE_NOUNS.has(words[0])) return { noun: words[0], collective: true };
  return isPersonPlural(words[0]) || isPluralTitle(words[0]) ? { noun: words[0], collective: false } : null;
}
