// Noun phrases that can name a speaker, read from the tokens of a sentence:
// "White House press secretary Jen Psaki", "a senior Biden administration
// official", "Officials of the new Pakistani government", "Xi and Putin".
import { speechVerbForms } from './lexicon/verbs.js';
import { CALENDAR_WORDS, DOCUMENT_NOUNS, isOrgWord, isTitleWord } from './lexicon/nouns.js';
import type { Token } from './tokens.js';
import {
  AUXILIARIES, DETERMINERS, NAME_JOINERS, NAME_PARTICLES, OBJECT_PRONOUNS, PHRASE_BREAKERS, PRONOUNS,
  isAdverb, isCalendarWord, isCapWord, isSpeakerNoun,
} from './words.js';

/** A token range [from, to). */
export interface Range {
  from: number;
  to: number;
}

// Prepositions that attach a place or body to a speaker: "activists in Kenya",
// "Bruce Bennett from the RAND Corporation", "officials at the forum".
const POST_MODIFIERS = new Set(['of', 'from', 'at', 'in', 'for', 'with', 'on', 'to']);
const QUANTIFIERS = new Set(['about', 'around', 'nearly', 'some', 'more', 'than', 'over', 'almost', 'roughly', 'at', 'least']);
// Participles that tie a document to whoever issued it.
const ISSUED = new Set(['released', 'issued', 'published', 'sent', 'signed', 'posted', 'written', 'made', 'put', 'delivered']);
// Adjectives that follow the noun they describe: "sources familiar with the talks".
const POSTNOMINAL = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'aware', 'present', 'responsible', 'speaking']);
const NATIONALITY_EPITHET = /^(?:\p{Lu}\p{Ll}+(?:man|woman)|Spaniard|Dane|Swede|Finn|Pole|Turk|Scot|Briton|Argentine|Brazilian|German|American|Australian|Italian|Nigerian|Ghanaian|Kenyan|Canadian|Mexican|Colombian|Portuguese|Japanese|Chinese|Korean|Egyptian|Moroccan|Senegalese|Croatian|Serbian)$/u;
const QUANTITY_WORDS = new Set(['one', 'some', 'many', 'most', 'each', 'several', 'none', 'two', 'three', 'all', 'both']);
const MAX_LOWER = 5;
const MAX_TOKENS = 16;

/** A capitalised word that is really a function word opening the sentence ("In", "But", "He"). */
const CAP_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'of', 'from', 'with', 'by', 'to', 'as', 'and', 'or', 'but', 'nor', 'if']);

// One set each, so that the hottest tests are one lookup: "Who" may open a name ("Who Cares Trust").
const CAP_FUNCTION_WORDS = new Set([...PHRASE_BREAKERS, ...PRONOUNS, ...AUXILIARIES, ...CAP_PREPOSITIONS].filter((w) => w !== 'who'));
const NEVER_NAME_WORDS = new Set([...CAP_FUNCTION_WORDS, ...DETERMINERS, ...CALENDAR_WORDS]);

function isCapFunctionWord(t: Token): boolean {
  return t.cap && CAP_FUNCTION_WORDS.has(t.lower);
}

/** A word of a name: capitalised, not a function word, not a weekday or month. */
export function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.cap && t.kind === 'word' && !NEVER_NAME_WORDS.has(t.lower);
}

/**
 * The comma or "and" at `j` joins the parts of one body's name: a list that
 * ends in a body word ("Culture, Sports and Tourism Bureau") or that follows a
 * body word and "of" ("Ministry of Trade, Industry and Energy", "Ministry of
 * State Apparatus Empowerment and Bureaucratic Reform").
 */
export function joinsBodyName(tokens: Token[], j: number, floor: number, ceil: number): boolean {
  const t = tokens[j];
  if (!t || !(t.text === ',' || (t.lower === 'and' && !t.cap)) || !isNameWord(tokens[j - 1]) || !isNameWord(tokens[j + 1])) return false;
  // Rightwards: name words and commas, up to "and" and its last run of name words.
  let k = j + 1;
  let sawAnd = t.lower === 'and';
  let lastRun = k;
  while (k < ceil) {
    if (isNameWord(tokens[k])) {
      k++;
      continue;
    }
    const joiner = tokens[k].text === ',' || (tokens[k].lower === 'and' && !tokens[k].cap);
    if (!joiner || sawAnd || !isNameWord(tokens[k + 1])) break;
    if (tokens[k].lower === 'and') sawAnd = true;
    k++;
    lastRun = k;
  }
  if (!sawAnd) return false;
  if (tokens.slice(lastRun, k).some((x) => isOrgWord(x.text))) return true;
  // Leftwards: the name words before `j`, then "of" or "for" after a body or title word.
  let b = j - 1;
  while (b > floor && (isNameWord(tokens[b - 1]) || tokens[b - 1].text === ',') && isNameWord(tokens[b])) b--;
  const joinerBefore = tokens[b - 1];
  const owner = tokens[b - 2];
  return b - 2 >= floor && joinerBefore !== undefined && !joinerBefore.cap && (joinerBefore.lower === 'of' || joinerBefore.lower === 'for') &&
    owner !== undefined && (isOrgWord(owner.text) || isTitleWord(owner.text));
}

/** A name word, or "Today" closing a name ("USA Today"). */
export function continuesName(t: Token | undefined, prev: Token | undefined): boolean {
  return isNameWord(t) || (t !== undefined && t.cap && t.lower === 'today' && (isNameWord(prev) || prev?.kind === 'poss'));
}

/** "by fans", "by the organisers": the agent of a passive, any noun. */
export function describedAfter(tokens: Token[], i: number, ceil: number): Range | null {
  let j = i;
  if (tokens[j] && DETERMINERS.has(tokens[j].lower)) j++;
  let last = -1;
  for (; j < ceil && j < i + 5 && isModifierWord(tokens[j]); j++) last = j;
  return last >= 0 && !/(?:ly|ing|ed)$/.test(tokens[last].lower) ? { from: i, to: last + 1 } : null;
}

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

/** Lower-case particles from `i` lead on to a name: "von der Heydt". */
export function particlesThenName(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && !tokens[k].cap && NAME_PARTICLES.has(tokens[k].lower)) k++;
  return k > i && isNameWord(tokens[k]);
}

function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap;
}

/** A lower-case word that can sit inside a noun phrase ("senior", "administration"). */
function isModifierWord(t: Token | undefined): boolean {
  if (!t || !isLowerWord(t)) return false;
  const w = t.lower;
  if (PHRASE_BREAKERS.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || DETERMINERS.has(w)) return false;
  if (isAdverb(t)) return false;
  if (speechVerbForms(w).some((v) => v.cls !== 'label') && !isSpeakerNoun(w)) return false;
  return true;
}

function canContinueBack(t: Token | undefined): boolean {
  return t !== undefined && (isNameWord(t) || t.kind === 'poss' || (isLowerWord(t) && isSpeakerNoun(t.lower)));
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
  const headOk = isNameWord(head) || (head.cap && NATIONALITY_EPITHET.test(head.text) && tokens[end - 2]?.lower === 'the') || (isLowerWord(head) && isSpeakerNoun(head.lower)) || (head.text === ')' && isNameWord(tokens[end - 2])) || (head.kind === 'word' && /^\d+-year-old$/.test(head.lower));
  if (!headOk) return isModifierWord(head) ? holderBefore(tokens, end - 1, end, floor) : null;
  let start = end - 1;
  let lower = 0;
  for (let i = end - 2; i >= floor && end - i <= MAX_TOKENS; i--) {
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
      if (w === 'the' && before && i - 1 >= floor && ((NAME_JOINERS.has(before.lower) || POST_MODIFIERS.has(before.lower)) && !before.cap) && canContinueBack(tokens[i - 2])) {
        start = i;
        continue;
      }
      if (w === 'the' && before && isLowerWord(before) && isSpeakerNoun(before.lower) && isNameWord(tokens[i + 1])) {
        start = i;
        continue;
      }
      start = i;
      break;
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
    const afterPossessive = before?.kind === 'poss' && isLowerWord(t) && !PHRASE_BREAKERS.has(w);
    if ((!isModifierWord(t) && !afterPossessive) || ++lower > MAX_LOWER) break;
    start = i;
  }
  // Never start on a joiner: "of the Air Force" is not a phrase.
  while (start < end - 1 && !tokens[start].cap && NAME_JOINERS.has(tokens[start].lower) && tokens[start].lower !== 'the') start++;
  // "The workers’ union at … plant in Barra do Garças": the place belongs to a described speaker.
  if (start > floor && POST_MODIFIERS.has(tokens[start - 1].lower) && !tokens[start - 1].cap && !isSpeakerNoun(tokens[start - 2]?.lower ?? '')) {
    const holder = holderBefore(tokens, start, end, floor);
    if (holder) return holder;
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
      const holder = POSTNOMINAL.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
      if (canContinueBack(tokens[holder - 1]) && holder - 1 >= floor) {
        const before = phraseBefore(tokens, holder, floor);
        if (before) return { from: before.from, to: end };
      }
    }
    if (!isModifierWord(t) && !DETERMINERS.has(t.lower) && !POST_MODIFIERS.has(t.lower)) return null;
  }
  return null;
}

/** Extend a phrase ending in "A and B" back over a list: "Thailand, Laos, Sri Lanka and the Maldives". */
export function extendList(tokens: Token[], range: Range, floor: number): Range {
  const hasAnd = tokens.slice(range.from, range.to).some((t) => t.lower === 'and');
  if (!hasAnd) return range;
  let from = range.from;
  while (from - 2 >= floor && tokens[from - 1].text === ',' && isNameWord(tokens[from - 2])) {
    let k = from - 2;
    while (k - 1 >= floor && isNameWord(tokens[k - 1])) k--;
    const opener = tokens[k - 1];
    if (opener && !(opener.text === ',' || isCapFunctionWord(opener) || opener.lower === 'that')) break;
    from = k;
  }
  return { from, to: range.to };
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
      if (isNameWord(after)) continue;
      // "witness accounts and authorities": two described speakers joined.
      if (w === 'and' && isSpeakerNoun(tokens[lastHead].lower) && next && isLowerWord(next) && (isSpeakerNoun(next.lower) || isModifierWord(next)) && !/ed$/.test(next.lower)) continue;
      if ((w === 'of' || w === 'in' || w === 'at') && (next?.lower === 'the' || isModifierWord(next!)) && isSpeakerNoun(tokens[lastHead].lower)) continue;
      // "One of these groups", "Some of the activists".
      if (w === 'of' && lastHead === i && QUANTITY_WORDS.has(tokens[i].lower) && next && DETERMINERS.has(next.lower)) {
        j++;
        continue;
      }
      break;
    }
    // "its daily bulletin", "a weekly report": an -ly word right before a speaker noun describes it.
    if (isLowerWord(t) && w.endsWith('ly') && next !== undefined && isLowerWord(next) && isSpeakerNoun(next.lower) && ++lower <= MAX_LOWER) continue;
    if (isLowerWord(t) && DETERMINERS.has(w) && w === 'the' && isNameWord(next) && lastHead >= 0 && !tokens[lastHead].cap) continue;
    if (isModifierWord(t) || (tokens[j - 1]?.kind === 'poss' && isLowerWord(t) && !PHRASE_BREAKERS.has(w))) {
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

/** The head of a phrase: its last word, or the noun before "familiar with …" ("people | familiar with the talks"). */
export function headToken(tokens: Token[], range: Range): Token {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    if (POSTNOMINAL.has(tokens[k].lower) && POST_MODIFIERS.has(tokens[k + 1].lower)) return tokens[k - 1];
  }
  return tokens[range.to - 1];
}

/** The end of "the talks", "the company's plans" after "familiar with": a short noun phrase, or `i`. */
function knownThingEnd(tokens: Token[], i: number, ceil: number): number {
  let k = i;
  let end = i;
  while (k < ceil && k < i + 6) {
    const t = tokens[k];
    if (DETERMINERS.has(t.lower) || t.kind === 'poss') k++;
    else if (isNameWord(t) || isModifierWord(t)) end = ++k;
    else break;
  }
  return end;
}

// Words of a time phrase between a verb and what follows: "on Monday", "last week", "earlier this year".
const TIME_WORDS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'week', 'month', 'year', 'today', 'yesterday', 'weekend', 'morning', 'evening', 'night']);

/** The index after a short time phrase at `i` ("Monday", "on Tuesday", "last week"), or `i`. */
export function afterTimeWords(tokens: Token[], i: number, ceil: number): number {
  let k = i;
  while (k < ceil && k < i + 4 && (isCalendarWord(tokens[k]) || (!tokens[k].cap && TIME_WORDS.has(tokens[k].lower)))) k++;
  return k;
}

/** Text of a token range as it stands in the paragraph. */
export function rangeText(text: string, tokens: Token[], range: Range): string {
  return text.slice(tokens[range.from].start, tokens[range.to - 1].end);
}
