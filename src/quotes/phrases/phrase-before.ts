// The noun phrase that ends just before a verb of saying, read leftwards:
// "White House press secretary Jen Psaki said", "officials at the defense
// forum said", "the harbourmaster said".
import { isNameWord, joinsBodyName, particlesThenName } from './name-tokens.js';
import { MAX_LOWER, MAX_TOKENS, canContinueBack, isLowerWord, isModifierWord, type Range } from './phrase-words.js';
import type { Token } from '../scan/index.js';
import {
  BODY_PLURALS,
  CARDINALS,
  CLAUSE_OPENERS,
  DETERMINERS,
  COMPASS_POINTS,
  isPersonNoun,
  DOCUMENT_NOUNS,
  NAME_JOINERS,
  isAgentPlural,
  NAME_PARTICLES,
  PHRASE_BREAKERS,
  POSTNOMINAL,
  POST_MODIFIERS,
  PRONOUNS,
  QUANTIFIERS,
  QUANTITY_WORDS,
  SPEECH_NOUNS,
  isSpeakerNoun,
} from '../lexicon/index.js';
import { isAdverb } from './word-classes.js';
import { NATIONALITY_NOUN, speechVerbForms } from '../lexicon/index.js';

/**
 * "The harbourmaster", "a retired teacher": a determiner and a noun the
 * lists do not know, accepted only before a plain verb of saying.
 */
export function describedBefore(tokens: Token[], end: number, floor: number): Range | null {
  const head = tokens[end - 1];
  if (!head || !isModifierWord(head) || /(?:ly|ing)$/.test(head.lower)) return null;
  for (let i = end - 2; i >= floor && i >= end - 5; i--) {
    const t = tokens[i];
    if (t.kind === 'word' && /^(?:the|a|an|another|one|this)$/.test(t.lower)) return { from: i, to: end };
    if (!isModifierWord(t) && !isNameWord(t) && t.kind !== 'poss') return null;
  }
  return null;
}

// How far back from the verb a group's head noun may stand: "growers in the southern region say".
const GROUP_REACH = 8;

/**
 * "Several panelists said", "Lime growers in the southern region say", "Many of
 * those affected say": a plural noun for people by what they do, or "those" and a
 * participle, opening the clause before a plain verb of saying.
 */
export function groupBefore(tokens: Token[], end: number, floor: number): Range | null {
  let head = -1;
  for (let i = end - 1; i >= floor && i >= end - GROUP_REACH; i--) {
    const t = tokens[i];
    // "Charities say", "Insurers say": bodies of a kind spoken of together are a group too.
    if (
      isLowerWord(t) &&
      (isAgentPlural(t.lower) || BODY_PLURALS.has(t.lower) || (t.lower === 'those' && i === end - 2 && /ed$/.test(tokens[end - 1].lower)))
    ) {
      head = i;
      break;
    }
    if (!(isModifierWord(t) || isNameWord(t) || t.kind === 'poss' || t.kind === 'num' || DETERMINERS.has(t.lower) || POST_MODIFIERS.has(t.lower))) return null;
  }
  if (head < 0) return null;
  // What stands between the head and the verb is where the group is: "in the southern region".
  if (head < end - 1 && tokens[head].lower !== 'those' && !(POST_MODIFIERS.has(tokens[head + 1].lower) && !tokens[head + 1].cap)) return null;
  let start = head;
  for (let i = head - 1; i >= floor && head - i <= 4; i--) {
    const t = tokens[i];
    if (tokens[head].lower !== 'those' && (isNameWord(t) || isModifierWord(t) || t.kind === 'num')) {
      start = i;
      continue;
    }
    // "Several panelists", "many of those affected".
    if (t.kind === 'word' && (DETERMINERS.has(t.lower) || QUANTITY_WORDS.has(t.lower))) start = i;
    else if (t.lower === 'of' && QUANTITY_WORDS.has(tokens[i - 1]?.lower ?? '') && i - 1 >= floor) start = i - 1;
    break;
  }
  const before = tokens[start - 1];
  const opens =
    start === floor || before.text === ',' || /^[.!?;:]$/.test(before.text) || (before.kind === 'word' && !before.cap && CLAUSE_OPENERS.has(before.lower));
  // The group is named without where it is: "Lime growers | in the southern region".
  return opens ? { from: start, to: tokens[head].lower === 'those' ? end : head + 1 } : null;
}

// How far back the bracket of an aside may open.
const BRACKET_REACH = 10;

/** The index of the "(" that the ")" at `close` ends, or -1. */
function bracketOpen(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k >= close - BRACKET_REACH; k--) {
    if (tokens[k].text === ')') return -1;
    if (tokens[k].text === '(') return k;
  }
  return -1;
}

/** "by" or "from" at `i`, right after a document noun: "a report by …", "an email from …". */
function authorAfterDocument(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const doc = tokens[i - 1];
  return t.kind === 'word' && !t.cap && (t.lower === 'by' || t.lower === 'from') && doc !== undefined && isLowerWord(doc) && DOCUMENT_NOUNS.has(doc.lower);
}

/**
 * The noun phrase that ends just before `end`, reading leftwards no further
 * than `floor`; null when the word before `end` cannot end a speaker phrase.
 */
export function phraseBefore(tokens: Token[], end: number, floor: number): Range | null {
  const head = tokens[end - 1];
  if (!head || end - 1 < floor) return null;
  if (head.kind === 'word' && PRONOUNS.has(head.lower)) return { from: end - 1, to: end };
  // "One of them said": one of the group just named; "both of them say": the two people just named.
  if (/^(?:them|those)$/.test(head.lower) && tokens[end - 2]?.lower === 'of' && /^(?:one|both)$/.test(tokens[end - 3]?.lower ?? '') && end - 3 >= floor) {
    return { from: end - 3, to: end };
  }
  const headOk =
    isNameWord(head) ||
    (head.cap && NATIONALITY_NOUN.test(head.text) && tokens[end - 2]?.lower === 'the') ||
    (isLowerWord(head) && isSpeakerNoun(head.lower)) ||
    (head.text === ')' && isNameWord(tokens[end - 2])) ||
    (head.kind === 'word' && /^\d+-year-old$/.test(head.lower)) ||
    // "Ann Roe of District 4 said": a number ends the name of a ward or district.
    (head.kind === 'num' && /^\d{1,3}$/.test(head.text) && isNameWord(tokens[end - 2]) && tokens[end - 3]?.lower === 'of');
  // "people familiar with the talks said": after "the" a verb's form ("talks") is a noun.
  // "people close to the trade talks said": an -s form right before the verb of saying is a plural noun too.
  const nounBeforeVerb = isLowerWord(head) && head.lower.endsWith('s') && tokens[end]?.kind === 'word' && speechVerbForms(tokens[end].lower).length > 0;
  const nounAfterThe =
    isLowerWord(head) && ((tokens[end - 2]?.kind === 'word' && DETERMINERS.has(tokens[end - 2].lower)) || nounBeforeVerb) && !PHRASE_BREAKERS.has(head.lower);
  if (!headOk) return isModifierWord(head) || nounAfterThe ? holderBefore(tokens, end - 1, end, floor) : null;
  let start = end - 1;
  let lower = 0;
  // "Ann Roe (Ward 3, Eastside)": a bracketed aside after a name, commas and all, goes with it.
  const open = head.text === ')' ? bracketOpen(tokens, end - 1, floor) : -1;
  if (open > floor && isNameWord(tokens[open - 1])) start = open;
  for (let i = start - 1; i >= floor && end - i <= MAX_TOKENS; i--) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (t.kind === 'poss' || t.kind === 'num' || isNameWord(t) || t.text === '&' || t.text === '(' || t.text === ')') {
      // An acronym in brackets, or a short aside inside a title ("Captain (retd) Imran Lodhi").
      const aside = (t.text === ')' && tokens[i - 2]?.text === '(' && isNameWord(tokens[i + 1])) || (t.text === '(' && tokens[i + 2]?.text === ')');
      if ((t.text === ')' || t.text === '(') && !aside) {
        if (!(t.text === '(' && isNameWord(tokens[i + 1]))) break;
      }
      start = i;
      continue;
    }
    if (t.text === ',' && joinsBodyName(tokens, i, floor, end)) {
      start = i;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (DETERMINERS.has(w) || (t.cap && DETERMINERS.has(w))) {
      // "the" inside a name ("Secretary of the Air Force") or between a
      // description and a name ("the activist organization the Project …").
      if (
        w === 'the' &&
        before &&
        i - 1 >= floor &&
        (NAME_JOINERS.has(before.lower) || POST_MODIFIERS.has(before.lower)) &&
        !before.cap &&
        canContinueBack(tokens[i - 2])
      ) {
        start = i;
        continue;
      }
      if (w === 'the' && before && isLowerWord(before) && isSpeakerNoun(before.lower) && isNameWord(tokens[i + 1])) {
        start = i;
        continue;
      }
      // "a report by the Audit Office": the document before its author.
      if (w === 'the' && before && i - 1 > floor && authorAfterDocument(tokens, i - 1)) {
        start = i;
        continue;
      }
      start = i;
      break;
    }
    if (i > floor && authorAfterDocument(tokens, i)) {
      start = i;
      continue;
    }
    // "von der Leyen": particles before a surname belong to it.
    if (!t.cap && NAME_PARTICLES.has(w) && particlesThenName(tokens, i)) {
      start = i;
      continue;
    }
    if (!t.cap && (NAME_JOINERS.has(w) || POST_MODIFIERS.has(w))) {
      if (i - 1 >= floor && canContinueBack(before)) {
        start = i;
        continue;
      }
      break;
    }
    if (QUANTIFIERS.has(w) && tokens[i + 1]?.kind === 'num') {
      start = i;
      continue;
    }
    // "…, a charge Ortiz denied": the statement named before a name is not part of it.
    if (isLowerWord(t) && SPEECH_NOUNS.has(w) && isNameWord(tokens[i + 1])) break;
    // "the county state's attorney's office": a common noun owns the possessive after it.
    if (tokens[i + 1]?.kind === 'poss' && isLowerWord(t) && !PHRASE_BREAKERS.has(w)) {
      start = i;
      continue;
    }
    const afterPossessive = before?.kind === 'poss' && isLowerWord(t) && !PHRASE_BREAKERS.has(w);
    // "the credit union's chair", "a report writer": a verb's form after a determiner is a noun.
    // "Two state lawmakers": so is one after a count.
    const counted = before !== undefined && (before.kind === 'num' || (before.kind === 'word' && CARDINALS.has(before.lower)));
    const afterDeterminer =
      before !== undefined &&
      ((before.kind === 'word' && DETERMINERS.has(before.lower)) || counted) &&
      isLowerWord(t) &&
      !PHRASE_BREAKERS.has(w) &&
      !isAdverb(t);
    if ((!isModifierWord(t) && !afterPossessive && !afterDeterminer) || ++lower > MAX_LOWER) break;
    start = i;
  }
  // Never start on a joiner: "of the Air Force" is not a phrase.
  while (start < end - 1 && !tokens[start].cap && NAME_JOINERS.has(tokens[start].lower) && tokens[start].lower !== 'the') start++;
  // "The workers’ union at … plant in Barra do Garças": the place belongs to a described speaker.
  if (start > floor && POST_MODIFIERS.has(tokens[start - 1].lower) && !tokens[start - 1].cap && !isSpeakerNoun(tokens[start - 2]?.lower ?? '')) {
    const holder = holderBefore(tokens, start, end, floor);
    if (holder) return holder;
  }
  // "One senior figure at a rival club": an unnamed person and where they belong.
  if (
    start - 2 >= floor &&
    /^(?:at|with|from)$/.test(tokens[start - 1].lower) &&
    DETERMINERS.has(tokens[start].lower) &&
    isLowerWord(tokens[start - 2]) &&
    isPersonNoun(tokens[start - 2].lower)
  ) {
    const person = phraseBefore(tokens, start - 1, floor);
    if (person && /^(?:a|an|one|another)$/i.test(tokens[person.from].text)) return { from: person.from, to: end };
  }
  // "one of the suspects".
  if (start - 2 >= floor && DETERMINERS.has(tokens[start].lower) && tokens[start - 1].lower === 'of' && QUANTITY_WORDS.has(tokens[start - 2].lower)) start -= 2;
  return { from: start, to: end };
}

/**
 * "officials at the defense forum", "sources familiar with the matter", "the
 * union at X's plant in Y": a speaker noun, then where it belongs or what it
 * knows, read back from `from` (the last word before `end` that is not the speaker).
 */
function holderBefore(tokens: Token[], from: number, end: number, floor: number): Range | null {
  for (let i = from - 1; i >= floor && i >= end - 10; i--) {
    const t = tokens[i];
    if (!isLowerWord(t)) {
      if (isNameWord(t) || t.kind === 'poss') continue;
      return null;
    }
    if (POST_MODIFIERS.has(t.lower) && i - 1 >= floor) {
      // "growers west of the dam", "families north of the dam": where a group lives.
      const holder = POSTNOMINAL.has(tokens[i - 1]?.lower ?? '') || COMPASS_POINTS.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
      if (canContinueBack(tokens[holder - 1]) && holder - 1 >= floor) {
        const before = phraseBefore(tokens, holder, floor);
        if (before) return { from: before.from, to: end };
      }
    }
    if (!isModifierWord(t) && !DETERMINERS.has(t.lower) && !POST_MODIFIERS.has(t.lower)) return null;
  }
  return null;
}
