// Speech verbs in a sentence and who does the speaking: the subject before
// the verb ("Goddard told VOA"), after it ("said the official"), through an
// apposition ("Geng Shuang, a … spokesperson, told"), across "and" ("… and
// said"), or the agent of a passive ("described as … by the police").
import {
  speechVerbForms,
  type VerbForm,
  givenNameGender,
  isPersonNoun,
  POST_MODIFIERS,
  DOCUMENT_NOUNS,
  ADVERBIALS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  PARENTHETICAL_OPENERS,
  PRONOUNS,
  ADJECTIVE_ENDING,
  isSpeakerNoun,
  isAgentPlural,
  isTitleWord,
  BODY_PLURALS,
  QUANTIFIERS,
  RECORD_VERBS,
  DESCRIBED_DOCUMENTS,
  LISTENER_PARTICIPLES,
  NAME_JOINERS,
  IRREGULAR_ONLY_PARTICIPLES,
  DEGREE_LETTERS,
} from '../lexicon/index.js';
import {
  apposAfter,
  clauseSubject,
  contactClauseSubject,
  subjectBeforeWho,
  subjectBeforeModifier,
  extendList,
  isNameWord,
  describedAfter,
  phraseAfter,
  describedBefore,
  groupBefore,
  isModifierWord,
  phraseBefore,
  headToken,
  type Range,
  type SpeakerRef,
  datelineEnd,
  isAdverb,
  isCalendarWord,
  isCapWord,
  isCompanySuffix,
  joinsBodyName,
  isLowerWord,
  isPartyHome,
} from '../phrases/index.js';
import type { Token } from '../scan/index.js';
import { documentSubject } from './document-subject.js';
import {
  IRREGULAR_PAST,
  REDUCED_AFTER,
  SPEECH_NOUNS,
  PHRASE_BREAKERS,
  PLACE_OR_TIME,
  PREPOSITIONS,
  LISTENER_VERBS,
  NEGATIONS,
  NOUNISH,
  VERB_NOUN_COMPOUNDS,
  NOUN_BASES,
  PASSIVE_AUX,
  PLACE_PREPOSITIONS,
  PLAIN_SAYING,
  POSSESSIVE_DETS,
  TIME_NOUNS,
  TIME_PREPOSITIONS,
} from '../lexicon/index.js';

export interface Verb {
  form: VerbForm;
  /** Token index of the verb and the index after it (and its particle). */
  at: number;
  end: number;
  passive: boolean;
  negated: boolean;
}

const COMPLEMENT_START = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.lower === 'that' ||
    DETERMINERS.has(t.lower) ||
    PRONOUNS.has(t.lower) ||
    t.cap ||
    t.kind === 'quote' ||
    t.kind === 'num' ||
    t.text === ',' ||
    t.text === ':');

// At module level: esbuild turns a \p{…} literal into `new RegExp(…)` at every call.
const FIRST_WORD = /^\p{L}+/u;

/** A quote that opens on an auxiliary: "“could triple …”". */
function quotedAuxiliary(t: Token | undefined): boolean {
  const first = t?.kind === 'quote' ? FIRST_WORD.exec(t.text.slice(1)) : null;
  return first !== null && AUXILIARIES.has(first[0].toLowerCase());
}

/** A verb right after "that": "claims that are false", "rules that protect the …" (a word, then its object's article). */
function relativeVerb(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap || DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower) || PREPOSITIONS.has(t.lower) || PLACE_OR_TIME.has(t.lower))
    return false;
  if (PHRASE_BREAKERS.has(t.lower) && !AUXILIARIES.has(t.lower)) return false;
  // "estimates that costs will rise": a plural before an auxiliary is the clause's subject, not a verb.
  if (!AUXILIARIES.has(t.lower) && next !== undefined && next.kind === 'word' && !next.cap && AUXILIARIES.has(next.lower)) return false;
  return AUXILIARIES.has(t.lower) || /(?:s|ed)$/.test(t.lower) || (next !== undefined && next.kind === 'word' && !next.cap && DETERMINERS.has(next.lower));
}

/** A lower-case word that goes on a noun phrase, not one that opens a verb's complement: "union", "card". */
function isNounAfter(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap || COMPLEMENT_START(t) || AUXILIARIES.has(t.lower) || isAdverb(t)) return false;
  return !PHRASE_BREAKERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !/(?:ing|ed)$/.test(t.lower);
}

// How many words of a compound may stand between a determiner and a noun's form of a verb.
const COMPOUND_REACH = 3;

/** Token `i` ends a noun compound opened by a possessive determiner: "their fourth-quarter price | forecast". */
function compoundAfterDeterminer(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= COMPOUND_REACH + 1; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (POSSESSIVE_DETS.has(t.lower)) return k < i - 2;
    if (
      isSpeakerNoun(t.lower) ||
      isAdverb(t) ||
      AUXILIARIES.has(t.lower) ||
      PRONOUNS.has(t.lower) ||
      PHRASE_BREAKERS.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      speechVerbForms(t.lower).length > 0 ||
      /(?:ed|ing)$/.test(t.lower)
    )
      return false;
  }
  return false;
}

/** The speech verb at token `i`, if the word there is one in this sentence. */
export function verbAt(tokens: Token[], i: number): Verb | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap) return null;
  const forms = speechVerbForms(t.lower);
  if (forms.length === 0) return null;
  // "the state's attorney", "the report's authors": a possessive makes the word a noun.
  if (tokens[i + 1]?.kind === 'poss') return null;
  const prev = tokens[i - 1];
  // "the briefing", "a statement", "his claims", "a UN report": nouns.
  if (prev && (prev.kind === 'poss' || (POSSESSIVE_DETS.has(prev.lower) && prev.kind === 'word'))) return null;
  const prev2 = tokens[i - 2];
  if (prev?.cap && prev2 && prev2.kind === 'word' && !prev2.cap && /^(?:a|an|the|this|that)$/.test(prev2.lower) && NOUN_BASES.has(t.lower)) return null;
  // "their price forecast", "a new report": after a determiner and a word that cannot speak.
  if (
    NOUN_BASES.has(t.lower) &&
    prev2 &&
    // "the company's earnings call": a possessive does what a determiner does.
    (prev2.kind === 'poss' || (prev2.kind === 'word' && POSSESSIVE_DETS.has(prev2.lower))) &&
    prev.kind === 'word' &&
    !prev.cap &&
    !isSpeakerNoun(prev.lower) &&
    !isAdverb(prev)
  )
    return null;
  // "the original claims", "a previous report": a determiner and an adjective make the -s form a noun.
  if (
    (NOUN_BASES.has(t.lower) || NOUNISH.test(t.lower)) &&
    prev2 &&
    prev2.kind === 'word' &&
    POSSESSIVE_DETS.has(prev2.lower) &&
    isLowerWord(prev) &&
    ADJECTIVE_ENDING.test(prev.lower) &&
    !isSpeakerNoun(prev.lower)
  )
    return null;
  // "their fourth-quarter price forecast": a determiner, then only words that cannot speak.
  if (NOUN_BASES.has(t.lower) && compoundAfterDeterminer(tokens, i)) return null;
  if (NOUNISH.test(t.lower) && !COMPLEMENT_START(tokens[i + 1])) return null;
  // "rules that protect the identity …": "that" and then a verb opens a relative clause on a plural noun.
  // "estimates that costs “could …”": a quoted auxiliary is the plural's verb just as a bare one is.
  if (NOUNISH.test(t.lower) && tokens[i + 1]?.lower === 'that' && relativeVerb(tokens[i + 2], tokens[i + 3]) && !quotedAuxiliary(tokens[i + 3])) return null;
  // "a county credit union", "the Acme report card": a base form after a singular name, before a noun, is a noun.
  if (NOUN_BASES.has(t.lower) && prev?.cap && prev.kind === 'word' && !prev.lower.endsWith('s') && !PRONOUNS.has(prev.lower) && isNounAfter(tokens[i + 1]))
    return null;
  // "a city think tank": a verb's form that opens a compound noun.
  if (tokens[i + 1] && VERB_NOUN_COMPOUNDS.has(`${t.lower} ${tokens[i + 1].lower}`)) return null;
  // "Kent state Sen. Ann Roe": a base form between a name and a title is a word of the title.
  const base = forms.some((f) => f.lemma === t.lower);
  if (base && prev?.cap && prev.kind === 'word' && !PRONOUNS.has(prev.lower) && tokens[i + 1]?.cap && isTitleWord(tokens[i + 1].text)) return null;
  if (listenerParticiple(tokens, i)) return null;
  // "people close to the trade talks said": an -s form right before a verb of saying is a plural noun, its subject.
  const next = tokens[i + 1];
  if (t.lower.endsWith('s') && next?.kind === 'word' && !next.cap && /(?:ed|id|ld|s)$/.test(next.lower) && speechVerbForms(next.lower).length > 0) return null;
  let form: VerbForm | undefined;
  let end = i + 1;
  for (const f of forms) {
    if (f.particle) {
      if (tokens[i + 1]?.lower === f.particle) {
        form = f;
        end = i + 2;
        break;
      }
      continue;
    }
    form = f;
    break;
  }
  if (!form) return null;
  let k = i - 1;
  while (k >= 0 && isAdverb(tokens[k]) && !NEGATIONS.has(tokens[k].lower)) k--;
  const negated = k >= 0 && (NEGATIONS.has(tokens[k].lower) || NEGATIONS.has(tokens[i - 1]?.lower ?? ''));
  const participle = /(?:ed|en|wn|ld|id|ought|elt)$/.test(t.lower);
  // "…, dubbed “the Admiral” by fans": a past participle after a comma, before what it names.
  const reduced =
    prev?.text === ',' && participle && (form.cls === 'label' || form.lemma === 'describe') && (tokens[end]?.kind === 'quote' || tokens[end]?.lower === 'as');
  const passive = (k >= 0 && PASSIVE_AUX.has(tokens[k].lower) && participle) || reduced;
  return { form, at: i, end, passive, negated };
}

/**
 * "Two people briefed on the talks said", "residents told by the council to leave": a verb
 * whose object is the listener, with no object and a preposition after it, right after the
 * noun it describes, is a passive participle on that noun; the people are the ones spoken to.
 */
function listenerParticiple(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!LISTENER_PARTICIPLES.has(tokens[i].lower) || !prev || !next || !isLowerWord(prev) || PRONOUNS.has(prev.lower)) return false;
  if (!/^(?:on|by|about)$/.test(next.lower) || next.cap || isCalendarWord(tokens[i + 2])) return false;
  return isSpeakerNoun(prev.lower) || isAgentPlural(prev.lower) || BODY_PLURALS.has(prev.lower);
}

/** Skip adverbs, weekdays and "on Thursday" leftwards from `i`; the index of the first other token. */
function skipAdverbialsBack(tokens: Token[], i: number, floor: number): number {
  let k = i;
  while (k >= floor) {
    const t = tokens[k];
    if (isAdverb(t) || isCalendarWord(t) || (t.kind === 'word' && !t.cap && ADVERBIALS.has(t.lower))) {
      k--;
      continue;
    }
    // "have all agreed", "have long said": words between an auxiliary and its verb.
    if ((t.lower === 'all' || t.lower === 'both' || t.lower === 'long') && k - 1 >= floor && AUXILIARIES.has(tokens[k - 1].lower)) {
      k--;
      continue;
    }
    if (t.kind === 'word' && !t.cap && (t.lower === 'on' || t.lower === 'last' || t.lower === 'this') && isCalendarWord(tokens[k + 1] ?? t)) {
      k--;
      continue;
    }
    if (t.kind === 'word' && TIME_NOUNS.has(t.lower)) {
      let m = k - 1;
      while (m >= floor && m > k - 4 && !TIME_PREPOSITIONS.has(tokens[m].lower)) m--;
      if (m >= floor && TIME_PREPOSITIONS.has(tokens[m].lower) && !tokens[m].cap) {
        k = m - 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** "said Earthjustice Vice President of …, Wildlife, and Oceans Drew Caputo": a title with commas before a name. */
function extendTitleWithCommas(tokens: Token[], range: Range, ceil: number): Range {
  let k = range.to;
  let nameStart = -1;
  while (k < ceil) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and' || t.lower === 'of' || t.lower === 'for' || t.lower === '&' || isCapWord(t)) {
      if (isCapWord(t) && givenNameGender(t.text) !== null && isNameWord(tokens[k + 1])) nameStart = k;
      k++;
      continue;
    }
    break;
  }
  const atEnd = k >= ceil || /^[.!?;]$/.test(tokens[k].text);
  return atEnd && nameStart > range.to ? { from: range.from, to: k } : range;
}

/**
 * The speaker phrase after an inverted verb ("said Lt. Gen. … Kinteh of the
 * Gambia Armed Forces") or after "according to". `closing`: the phrase must
 * close the clause, as an inverted cue does ("…, said X." / "…, says X, director of Y").
 */
export function subjectAfter(tokens: Token[], at: number, ceil: number, closing: boolean): SpeakerRef | null {
  const range = phraseAfter(tokens, at, ceil);
  if (!range) return null;
  const head = headToken(tokens, range);
  if (!(isCapWord(head) || PRONOUNS.has(head.lower) || isSpeakerNoun(head.lower) || head.text === ')')) return null;
  if (closing) {
    const wide = extendTitleWithCommas(tokens, range, ceil);
    if (wide !== range) return { range: wide, inverted: true };
  }
  const appos = apposAfter(tokens, range, ceil) ?? (closing ? apposToEnd(tokens, range, ceil) : undefined);
  if (closing) {
    // What follows the phrase must end the clause, not carry on as its object: "says the move is designed …".
    const next = tokens[(appos ?? range).to];
    const ends =
      !next || next.kind === 'quote' || /^[.,;!?)]$/.test(next.text) || (next.kind === 'word' && /^(?:who|when|which|whose|referring)$/.test(next.lower));
    if (!ends) return null;
  }
  return appos ? { range, appos, inverted: true } : { range, inverted: true };
}

/** ", the Director-General of the WHO." at the end of a sentence. */
function apposToEnd(tokens: Token[], range: Range, ceil: number): Range | undefined {
  if (tokens[range.to]?.text !== ',') return undefined;
  const first = tokens[range.to + 1];
  if (!first || PARENTHETICAL_OPENERS.has(first.lower) || first.kind === 'quote') return undefined;
  let c = range.to + 1;
  while (c < ceil && tokens[c].kind !== 'quote' && !/^[.!?;:]$/.test(tokens[c].text)) c++;
  return c > range.to + 1 ? { from: range.to + 1, to: c } : undefined;
}

/**
 * "The young trawlerman, who …, said", "A diplomat following the talks, who …, said": a stretch that
 * is one described speaker, with its participle phrase, before the aside that sets it off.
 */
function describedSubject(tokens: Token[], r: Range): Range | null {
  const whole = describedBefore(tokens, r.to, r.from);
  if (whole && whole.from === r.from) return whole;
  let h = r.from;
  if (DETERMINERS.has(tokens[h]?.lower ?? '')) h++;
  while (h < r.to - 1 && (isModifierWord(tokens[h]) || isNameWord(tokens[h])) && !isSpeakerNoun(tokens[h].lower)) h++;
  const participle = tokens[h + 1];
  if (h === r.from || !isLowerWord(tokens[h]) || !isSpeakerNoun(tokens[h].lower) || !isLowerWord(participle) || !participle.lower.endsWith('ing')) return null;
  return verbAt(tokens, h + 1) ? null : r;
}

// How far back a bracket may open and still hold a comma: "(Ward 3, Eastside)".
const BRACKET_REACH = 12;

/** Whether the token at `c` stands inside an open bracket. */
function inBrackets(tokens: Token[], c: number, from: number): boolean {
  for (let k = c - 1; k >= from && k >= c - BRACKET_REACH; k--) {
    if (tokens[k].text === ')') return false;
    if (tokens[k].text === '(') return true;
  }
  return false;
}

/** The comma before segment-walking: the previous comma before `c`, or -1. */
function commaBefore(tokens: Token[], c: number, from: number, reach: number): number {
  let b = c - 1;
  while (b >= from && tokens[b].text !== ',' && c - b < reach) b--;
  return b >= from && tokens[b].text === ',' ? b : -1;
}

/**
 * The subject before a comma that stands right before the verb. The commas
 * set off descriptions ("Jennifer Cooke, the director of …, told"), asides
 * ("Trump, also on Twitter, defended"; "…, however, opined"), ages ("Jane Doe,
 * 34, a nurse, said") and relative clauses ("Baptista, who calls her menina,
 * little girl, in public, says"). The subject is the first stretch of the
 * chain that is a noun phrase from end to end; the description is the first
 * stretch after it that is not an aside.
 */
function subjectBeforeCommas(tokens: Token[], j: number, sentence: number): SpeakerRef | null {
  // "DENVER, Feb. 10, 2026 /PRNewswire/ -- X, …, said": the commas of a dateline set off no subject.
  const dated = sentence === 0 ? datelineEnd(tokens) : 0;
  const from = dated > 0 && dated < j ? dated : sentence;
  const commas: number[] = [j];
  // The comma of "Acme Energy, Inc." is inside the name.
  for (let c = commaBefore(tokens, j, from, 40); c >= 0 && commas.length < 6; c = commaBefore(tokens, c, from, 40))
    // … and so is that of "the Department of Tides, Ports and the Coast".
    // … and so is one inside brackets: "Ann Roe (Ward 3, Eastside), who …, said".
    if (!isCompanySuffix(tokens[c + 1]) && !joinsBodyName(tokens, c, from, j) && !inBrackets(tokens, c, from)) commas.unshift(c);
  // Stretches between the commas, left to right; the first starts at the sentence.
  const stretches: Range[] = commas.map((c, k) => ({ from: k === 0 ? from : commas[k - 1] + 1, to: c }));
  let relative = false;
  const aside = stretches.map((r) => {
    const first = tokens[r.from];
    // Inside a relative clause every stretch is an aside until it ends: "who …", "a copy of which …".
    if (relativeOpener(tokens, r)) relative = true;
    return (
      relative ||
      PARENTHETICAL_OPENERS.has(first?.lower ?? '') ||
      // "Ann Roe, MD, MPH, of …, told": degrees set off after a name.
      (r.to - r.from === 1 && (isAdverb(first) || first.kind === 'num' || participleOpener(tokens, r.from) || DEGREE_LETTERS.has(first.text))) ||
      placeOpener(tokens, r) ||
      (r.to - r.from > 1 && participleAside(first))
    );
  });
  // "The agency's area manager for Kent, Surrey and Sussex, Jane Doe, said": the name is the speaker.
  const named = titleThenName(tokens, stretches, aside);
  if (named) return named;
  for (let k = 0; k < stretches.length - 1; k++) {
    if (aside[k]) continue;
    // "One member who backs the bill, granted anonymity, said": the subject before its "who" clause.
    // "Food banks, for their part, say": a group of a kind, set off by its aside, speaks too.
    let subject =
      phraseBefore(tokens, stretches[k].to, stretches[k].from) ??
      subjectBeforeWho(tokens, stretches[k].to - 1, stretches[k].from) ??
      (aside[k + 1] ? (groupBefore(tokens, stretches[k].to, stretches[k].from) ?? describedSubject(tokens, stretches[k])) : null);
    // The stretch must be the phrase, give or take a leading article, or end in it after a
    // word that opens a clause ("But Katharina von der Heydt", "… after Ivory Coast and Ghana").
    // "Kent state Sen. Ann Roe": a place and a word of the office before the title belong to it.
    const s0 = stretches[k].from;
    const placedTitle =
      subject !== null && subject.from === s0 + 2 && isNameWord(tokens[s0]) && isLowerWord(tokens[s0 + 1]) && isTitleWord(tokens[subject.from].text);
    if (subject && placedTitle) subject = { from: s0, to: subject.to };
    const before = subject ? tokens[subject.from - 1] : undefined;
    const whole = subject !== null && (subject.from === s0 || (subject.from === s0 + 1 && DETERMINERS.has(tokens[s0].lower)));
    const opened = before !== undefined && before.kind === 'word' && CLAUSE_OPENERS.has(before.lower);
    // "TOKYO -- Hanaki Motors, a maker of …, said": the phrase right after a dateline.
    const dated = subject !== null && stretches[k].from === 0 && subject.from > 0 && subject.from === datelineEnd(tokens);
    if (!subject || !(whole || opened || dated)) continue;
    const appos = stretches.slice(k + 1).find((r, n) => !aside[k + 1 + n]);
    return appos ? { range: subject, appos } : { range: subject };
  }
  return null;
}

// How far into a stretch "which" or "whom" may stand and still open a relative aside: "a copy of which".
const RELATIVE_REACH = 4;

/** A stretch between commas that opens a relative clause: "who …", "whose son …", "a copy of which …". */
function relativeOpener(tokens: Token[], r: Range): boolean {
  const first = tokens[r.from];
  if (first && !first.cap && /^(?:who|which|whose)$/.test(first.lower)) return true;
  for (let k = r.from + 1; k < Math.min(r.to, r.from + RELATIVE_REACH); k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.cap && /^(?:which|whom|whose)$/.test(t.lower) && tokens[k - 1].lower === 'of') return true;
  }
  return false;
}

/**
 * "speaking on condition of anonymity", "granted anonymity to …", "published on Tuesday":
 * a participle opens an aside of several words, never a subject (a lone "prosecuting" is a role).
 */
function participleAside(first: Token | undefined): boolean {
  if (!first || first.kind !== 'word' || first.cap) return false;
  // "A review of …, seen by the paper, found": a short participle too.
  if (IRREGULAR_ONLY_PARTICIPLES.has(first.lower)) return true;
  if (first.lower.length < 5) return false;
  return /(?:ing|ed|en)$/.test(first.lower) && !DETERMINERS.has(first.lower) && !isSpeakerNoun(first.lower);
}

/**
 * A description, then the person's name last before the verb: "The agency's area
 * manager for Kent, Surrey and Sussex, Jane Doe, said". The name is the speaker and
 * the description its apposition, however many commas the description holds.
 */
function titleThenName(tokens: Token[], stretches: Range[], aside: boolean[]): SpeakerRef | null {
  const n = stretches.length;
  // "Also, the Director-General, …": an adverb set off before the title is no part of it.
  let f = 0;
  while (f < n - 1 && aside[f]) f++;
  if (n - f < 2 || aside[n - 1]) return null;
  const last = stretches[n - 1];
  if (last.to - last.from < 2) return null;
  for (let k = last.from; k < last.to; k++) if (!isNameWord(tokens[k]) || isSpeakerNoun(tokens[k].lower)) return null;
  if (givenNameGender(tokens[last.from].text) === null && !isNameWord(tokens[last.from + 1])) return null;
  // The description opens on an article or a possessive and names a person's role, then where or what for.
  const first = stretches[f];
  const opener = tokens[first.from];
  if (!opener || !(DETERMINERS.has(opener.lower) || tokens[first.from + 1]?.kind === 'poss')) return null;
  let role = false;
  for (let k = first.from; k < first.to - 1; k++) {
    if (tokens[k].kind === 'word' && !tokens[k].cap && isPersonNoun(tokens[k].lower) && POST_MODIFIERS.has(tokens[k + 1].lower)) role = true;
    // "Ontario's Minister of Lakes and Rivers, Ann Roe, said": an office by its capitalised title.
    if (tokens[k].cap && isTitleWord(tokens[k].text) && /^(?:of|for)$/.test(tokens[k + 1].lower)) role = true;
    // "The firm that last inspected the crane, Ann Roe Ltd, said": a speaker described by what it did.
    if (k === first.from + 1 && isLowerWord(tokens[k]) && isSpeakerNoun(tokens[k].lower) && /^(?:that|who|which)$/.test(tokens[k + 1].lower)) role = true;
  }
  // "Her accountant, Priyamvada Oduya, said", "Its treasurer, Ewan Threlkeld, said": a short
  // description and a name, each between commas, whatever the noun: the name is the speaker.
  // "The Chairman, Ann Roe Residents Association, Ann Roe, said": a bare title, the body it heads, then the name.
  if (!role && n - f === 3 && first.to - first.from === 2 && tokens[first.to - 1].cap && isTitleWord(tokens[first.to - 1].text)) {
    const body = stretches[f + 1];
    role = true;
    for (let k = body.from; k < body.to; k++) if (!isNameWord(tokens[k]) && !NAME_JOINERS.has(tokens[k].lower)) role = false;
  }
  if (!role && n - f === 2 && first.to - first.from <= 4 && !TIME_NOUNS.has(tokens[first.to - 1].lower)) {
    role = true;
    for (let k = first.from + 1; k < first.to; k++)
      if (!(isLowerWord(tokens[k]) || tokens[k].kind === 'poss' || (k === first.from + 1 && tokens[k].cap && tokens[k + 1]?.kind === 'poss'))) role = false;
  }
  if (!role) return null;
  return { range: last, appos: { from: first.from, to: stretches[n - 2].to } };
}

// How far back the comma that opens a description may stand.
const DESCRIPTION_REACH = 14;

/**
 * "Ann Roe, a retired cook from Leeds, who said": the phrase before "who" ends a
 * description set off after a name, and the name is whom the clause is about.
 */
function namedBeforeDescription(tokens: Token[], phraseFrom: number, close: number, from: number): SpeakerRef | null {
  for (let c = phraseFrom - 1; c > from && phraseFrom - c < DESCRIPTION_REACH; c--) {
    const t = tokens[c];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return null;
    if (t.text !== ',') continue;
    const opener = tokens[c + 1];
    if (!(opener.kind === 'word' && !opener.cap && /^(?:a|an|the)$/.test(opener.lower))) return null;
    const name = phraseBefore(tokens, c, from);
    return name && isNameWord(tokens[name.to - 1]) ? { range: name, appos: { from: c + 1, to: close }, relative: true } : null;
  }
  return null;
}

/** "Reacting, …", "Continuing, …": a lone -ing word opening the sentence says how, not who. */
function participleOpener(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.cap && t.kind === 'word' && t.lower.length > 5 && t.lower.endsWith('ing') && (k === 0 || /^[.!?]$/.test(tokens[k - 1].text));
}

/**
 * "Back in Sham Shui Po,", "Elsewhere in the city,", "Out at sea,": a capitalised
 * word opening the sentence before a preposition, neither a speaker noun nor a
 * given name, opens a phrase of place, not the subject.
 */
function placeOpener(tokens: Token[], r: Range): boolean {
  const first = tokens[r.from];
  const next = tokens[r.from + 1];
  const opensSentence = r.from === 0 || /^[.!?]$/.test(tokens[r.from - 1].text);
  return (
    opensSentence &&
    first.cap &&
    next !== undefined &&
    !next.cap &&
    PLACE_PREPOSITIONS.has(next.lower) &&
    !isSpeakerNoun(first.lower) &&
    givenNameGender(first.text) === null
  );
}

// A quoted span whose last mark follows a comma: "“Liver Kids,”".
const QUOTED_COMMA_END = /,\s*["”’'»]+$/;

/** A relative clause set off by a comma opens before token `j`: ", who …", ", whose …". */
function relativeBefore(tokens: Token[], j: number, from: number): boolean {
  for (let k = j - 1; k > from && j - k < 40; k--) {
    if (tokens[k].kind === 'word' && !tokens[k].cap && /^(?:who|whose)$/.test(tokens[k].lower) && tokens[k - 1].text === ',') return true;
    if (/^[.;!?]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * Who speaks with the verb `v` in the sentence [from, to): null when the
 * sentence does not say. Participles and "and VERB" take the clause subject.
 */
/** A past participle that can follow its noun: "posted", "sent", "written", but not "said" or "told". */
function isPastForm(t: Token): boolean {
  return /ed$/.test(t.lower) || (IRREGULAR_PAST.has(t.lower) && t.lower !== 'said' && t.lower !== 'told');
}

/** "statement", "video", "interview": a lower-case noun for a document or a speech. */
function isSpeechRecord(t: Token): boolean {
  return isLowerWord(t) && (DOCUMENT_NOUNS.has(t.lower) || SPEECH_NOUNS.has(t.lower));
}

/** A complementiser "that" between the tokens `from` and `to`. */
function thatBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].lower === 'that' && !tokens[k].cap && verbAt(tokens, k - 1) !== null) return true;
  return false;
}

/** "…, with at least nine states arguing that …": the participle's own subject stands after "with". */
function withSubject(tokens: Token[], at: number, from: number): SpeakerRef | null {
  for (let k = at - 2; k >= from && k >= at - 7; k--) {
    if (tokens[k].lower !== 'with' || tokens[k].cap) continue;
    let s = k + 1;
    while (s < at - 1 && QUANTIFIERS.has(tokens[s].lower) && !tokens[s].cap) s++;
    const range = phraseAfter(tokens, s, at) ?? groupBefore(tokens, at, s);
    if (!range || range.to !== at) return null;
    const head = tokens[range.to - 1];
    const named = isCapWord(head) || isSpeakerNoun(head.lower) || isAgentPlural(head.lower) || BODY_PLURALS.has(head.lower);
    return named ? { range: { from: k + 1, to: range.to } } : null;
  }
  return null;
}

/** A "who" clause opened between `from` and `at` is still open at `at`: no "that" or "which" opened another clause since. */
function relativeHolds(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) continue;
    if (t.lower === 'that' || t.lower === 'which') return false;
    if (t.lower === 'who') return true;
  }
  return false;
}

/** The speaker phrase of the speech verb `v` in the sentence from `from` to `to`, or null. */
export function subjectOf(tokens: Token[], v: Verb, from: number, to: number, prior?: SpeakerRef | null): SpeakerRef | null {
  const ref = verbSubject(tokens, v, from, to, prior);
  return ref && RECORD_VERBS.has(v.form.lemma) && !recordSpeaks(tokens, ref, v, from) ? null : ref;
}

/**
 * "Records show that …", "…, the data show, …": a document says it, and only as its sentence's
 * own subject or in an aside; "she said the figures showed …" stays hers, and "videos show police …" is no report.
 */
function recordSpeaks(tokens: Token[], ref: SpeakerRef, v: Verb, from: number): boolean {
  const head = tokens[ref.range.to - 1].lower;
  if (!DOCUMENT_NOUNS.has(head) && !DESCRIBED_DOCUMENTS.has(head)) return false;
  const before = tokens[ref.range.from - 1];
  const opens = ref.range.from === from || (ref.range.from === from + 1 && before.kind === 'word' && CLAUSE_OPENERS.has(before.lower));
  const aside = before?.text === ',' && tokens[v.end]?.text === ',';
  return ref.inverted === true || opens || aside;
}

function verbSubject(tokens: Token[], v: Verb, from: number, to: number, prior?: SpeakerRef | null): SpeakerRef | null {
  const before = tokens[v.at - 1];
  if (v.form.participle) {
    // A sentence that opens on "Speaking to …," has its speaker after the comma.
    if (v.at === from) return null;
    // "… was saying": the subject stands before the auxiliary.
    if (!(before && PASSIVE_AUX.has(before.lower))) return withSubject(tokens, v.at, from) ?? prior ?? clauseSubject(tokens, from, v.at);
  }
  if (v.passive) {
    for (let k = v.end; k < to - 1; k++) {
      if (tokens[k].lower === 'by' && !tokens[k].cap) {
        const range = phraseAfter(tokens, k + 1, to) ?? describedAfter(tokens, k + 1, to);
        return range ? { range, inverted: true } : null;
      }
      if (tokens[k].text === ',' || tokens[k].text === ';') break;
    }
    // "It was stated in an official handout": the document says it.
    for (let k = v.end; k < Math.min(to - 1, v.end + 3); k++) {
      if (tokens[k].lower === 'in' && tokens[k + 1] && /^(?:a|an|the|its)$/.test(tokens[k + 1].lower)) {
        const range = phraseAfter(tokens, k + 1, to);
        if (range && DOCUMENT_NOUNS.has(tokens[range.to - 1].lower)) return { range, inverted: true };
      }
    }
    return null;
  }
  // Inverted: "…," said X / …, says X. Never with a listener: "…, told VOA".
  // A naming verb is never inverted: "X, an expert, called the study "…"", nor one whose object is
  // what was said: "X, a deputy, welcomed the ruling".
  if (
    (v.at === from || before?.text === ',' || before?.kind === 'quote') &&
    !LISTENER_VERBS.has(v.form.lemma) &&
    v.form.cls !== 'label' &&
    v.form.cls !== 'object'
  ) {
    const after = subjectAfter(tokens, v.end, to, true);
    // "X, whose son …, said he "could not be happier"": the pronoun opens what was said.
    // "Its chief, Ann Roe, said the firm "had no choice …"": so does a phrase after a named subject.
    const opensQuoted = after !== null && tokens[after.range.to]?.kind === 'quote';
    if (after && !(opensQuoted && PRONOUNS.has(tokens[after.range.from].lower))) {
      const named = opensQuoted && before?.text === ',' ? subjectBeforeCommas(tokens, v.at - 1, from) : null;
      return named ?? after;
    }
  }
  let j = skipAdverbialsBack(tokens, v.at - 1, from);
  if (j < from) return null;
  const contact = contactClauseSubject(tokens, j, from);
  if (contact) return { range: contact };
  const document = documentSubject(tokens, j, from);
  if (document) return document;
  const t = tokens[j];
  if (t.text === ',') return subjectBeforeCommas(tokens, j, from);
  // "X, who runs a group called "Liver Kids," said": a title ends the relative clause, with its comma inside the marks.
  if (t.kind === 'quote' && QUOTED_COMMA_END.test(t.text) && relativeBefore(tokens, j, from)) return subjectBeforeCommas(tokens, j, from);
  if (t.kind === 'word' && !t.cap && (t.lower === 'and' || t.lower === 'but' || t.lower === 'or' || t.lower === 'to')) {
    // "X, head of Y, a union, said … but warned": the verb shares the speaker of the one before.
    // Only when the speaker came with an apposition, whose nouns would otherwise read as the subject.
    // "She wrote that the crews and the police were working and urged residents to …": after a "that" clause
    // the coordinated verb goes on with the speaker of the verb the clause hangs on.
    if (prior && (prior.appos || thatBetween(tokens, prior.range.to, j))) return prior;
    return clauseSubject(tokens, from, j);
  }
  if (t.kind === 'word' && !t.cap && (t.lower === 'who' || t.lower === 'which') && tokens[j - 1]?.text === ',') {
    // "Sen. Ann Roe, R-Lakeport, who has argued": the party tag is set off from the name it follows.
    const tagged = tokens[j - 2] !== undefined && isPartyHome(tokens, j - 2) && j - 3 > from;
    const antecedent = tagged ? phraseBefore(tokens, j - 3, from) : phraseBefore(tokens, j - 1, from);
    if (!antecedent) return null;
    return namedBeforeDescription(tokens, antecedent.from, j - 1, from) ?? { range: antecedent, relative: true };
  }
  // A known speaker phrase, then one before a "who" clause, then any described noun ("the harbourmaster").
  // "Commuters who talked to the Ledger said": a name that is the object inside a relative clause
  // is not the subject ("… a business that prosecutors said …" keeps "prosecutors").
  const named = phraseBefore(tokens, j + 1, from);
  const object = named !== null && named.from > from && (PREPOSITIONS.has(tokens[named.from - 1].lower) || verbAt(tokens, named.from - 1) !== null);
  // "Punters who had backed Brindle Star complained": a name after "who" is inside the relative clause.
  // "… who invested in a business that prosecutors said …" keeps "prosecutors": a "that" opens a clause of their own.
  const inRelative = named !== null && named.from > from && relativeHolds(tokens, from, named.from);
  const who = object || inRelative ? subjectBeforeWho(tokens, j, from) : null;
  // "in a statement posted on its website": a past form right after a document or a speech
  // named as a preposition's object is a reduced relative clause on it, not the sentence's main
  // verb: the document may frame a quote, but the sentence's own speaker comes after.
  if (object && !who && named && REDUCED_AFTER.has(tokens[named.from - 1].lower) && isPastForm(tokens[v.at]) && isSpeechRecord(tokens[named.to - 1])) {
    return { range: named, relative: true };
  }
  // "Scouts contacted by the Herald said": a described subject, then a phrase that only describes it.
  const modified = who === null && (named === null || named.from > from) ? subjectBeforeModifier(tokens, j, from) : null;
  const range =
    who ??
    modified ??
    named ??
    subjectBeforeWho(tokens, j, from) ??
    (PLAIN_SAYING.has(v.form.lemma) ? (groupBefore(tokens, j + 1, from) ?? describedBefore(tokens, j + 1, from)) : null);
  if (range) {
    const owner = documentOwner(tokens, range, from);
    if (owner) return { range: owner };
  }
  return range ? { range: extendList(tokens, range, from) } : null;
}

/** "…, consulting outfit Pellmore, whose report found": the document's owner speaks through it. */
function documentOwner(tokens: Token[], range: Range, from: number): Range | null {
  const whose = tokens[range.from - 1];
  const head = tokens[range.to - 1];
  if (!whose || whose.lower !== 'whose' || whose.cap || tokens[range.from - 2]?.text !== ',' || !isLowerWord(head) || !DOCUMENT_NOUNS.has(head.lower))
    return null;
  const owner = phraseBefore(tokens, range.from - 2, from);
  return owner && isNameWord(tokens[owner.to - 1]) ? owner : null;
}

/** The subject's head is a common noun not known to speak: "the museum", "the exhibition" (not "the official", "growers", a name). */
export function unknownSpeaker(tokens: Token[], ref: SpeakerRef): boolean {
  if (ref.appos) return false;
  // The head stands before a phrase of place or belonging: "growers | in the northern valley".
  let to = ref.range.to;
  for (let k = ref.range.from + 1; k < ref.range.to; k++) {
    if (tokens[k].kind === 'word' && !tokens[k].cap && PREPOSITIONS.has(tokens[k].lower)) {
      to = k;
      break;
    }
  }
  const head = tokens[to - 1];
  return head.kind === 'word' && !head.cap && !PRONOUNS.has(head.lower) && !isSpeakerNoun(head.lower) && !isAgentPlural(head.lower);
}
