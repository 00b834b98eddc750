// The cue that names the speaker of one quoted span, looked for on both sides
// of it within its sentence, surest pattern first:
//   after:  "…," said X · "…," X said · "…" – X · "…," according to X
//   before: X said, "…" · X said: "…" · X: "…" · according to X, "…"
//           · a partial quote inside a clause: He affirmed "…"
//   special: X's "…" narrative · quotes X as saying "…" · described as "…" by X
import { SPEECH_NOUNS, CLAUSE_BREAKS, isSpeakerNoun, DEGREE_LETTERS } from '../lexicon/index.js';
import { phraseAfter, phraseBefore, type Range, type SpeakerRef, isAdverb, isCalendarWord, isLowerWord, isModifierWord } from '../phrases/index.js';
import { subjectAfter, subjectOf, unknownSpeaker, verbAt, type Verb } from './speech.js';
import { LETTER, SPACE, UPPER, classAt, widthAt } from '../scan/index.js';
import type { Token } from '../scan/index.js';
import { MENTION_BEFORE, NAMING_VERBS, OTHER_SENSE_WITH_OBJECT, PLAIN_SAYING } from '../lexicon/index.js';

export interface Cue {
  ref: SpeakerRef;
  /** Token index where the speaker phrase is read (for pronoun resolution). */
  at: number;
  verb: Verb | null;
  side: 'after' | 'before';
}

const DASHES = new Set(['–', '—', '-', '―']);
// How many words may stand between a verb and the quote it governs: "called the bans «…»".
const GOVERNING_GAP = 4;
// How far a naming verb reaches over "X as "…" and Y as "…"".
const LABEL_GAP = 14;

const NICKNAME = /^\s*the\s+\p{Lu}\p{Ll}+\s*$/u;
const MAX_TITLE_WORDS = 9;

/** The last character of `content` that is not white space is one of . ! ? , ; : */
function endsInPunctuation(content: string): boolean {
  let k = content.length - 1;
  while (k >= 0 && (classAt(content, k) & SPACE) !== 0) k--;
  return k >= 0 && '.!?,;:'.includes(content.charAt(k));
}

/** Title Case with no sentence inside: "Below the Line", "The Long Road Home". */
export function looksLikeTitle(content: string): boolean {
  // "the Admiral", "the Lighthouse": a nickname.
  if (NICKNAME.test(content)) return true;
  if (endsInPunctuation(content)) return false;
  // Words are runs of letters, apostrophes and hyphens; every long one must be capitalised.
  let words = 0;
  let long = 0;
  let firstUpper = false;
  for (let k = 0; k < content.length;) {
    if (!isTitleChar(content, k)) {
      k++;
      continue;
    }
    const start = k;
    while (k < content.length && isTitleChar(content, k)) k += widthAt(content, k);
    if (++words > MAX_TITLE_WORDS) return false;
    const upper = (classAt(content, start) & UPPER) !== 0;
    if (words === 1) firstUpper = upper;
    if (k - start > 3) {
      if (!upper) return false;
      long++;
    }
  }
  return words >= 2 && firstUpper && long > 0;
}

function isTitleChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 39 || c === 45 || c === 0x2019 || (classAt(text, k) & LETTER) !== 0;
}

/** True when the quoted span is a word talked about, a title or a nickname. */
export function isMention(tokens: Token[], q: number): boolean {
  const prev = tokens[q - 1];
  if (!prev) return false;
  // "the term "X"", but not "spend the summer term "explaining the reasons to …"": a term or a
  // title is short or capitalised.
  if (MENTION_BEFORE.has(prev.lower)) return !longLowerCase(tokens[q].text);
  // "the film, "Below the Line", which …": a title set off by commas after the kind of work.
  if (prev.text === ',' && MENTION_BEFORE.has(tokens[q - 2]?.lower ?? '') && tokens[q + 1]?.text === ',') return true;
  // "what dockers call "…"", "…, as some groups still call them": a name somebody uses.
  if (namedBySomeone(tokens, q)) return true;
  // "known as", "known locally as", "widely referred to as", "known to some commuters as".
  let k = q - 2;
  while (k >= 0 && (tokens[k].lower.endsWith('ly') || tokens[k].lower === 'to') && q - k < 5) k--;
  if (prev.lower === 'as' && tokens[k]?.kind === 'word' && !/^(?:known|referred|dubbed|nicknamed|called|termed|branded)$/.test(tokens[k].lower)) {
    let to = q - 2;
    while (to > 0 && q - to < 6 && tokens[to].lower !== 'to') to--;
    if (tokens[to]?.lower === 'to' && tokens[to - 1]?.lower === 'known') k = to - 1;
  }
  return prev.lower === 'as' && k >= 0 && /^(?:known|referred|dubbed|nicknamed|called|termed|branded)$/.test(tokens[k].lower) && !hasSubjectBefore(tokens, k);
}

// How far a naming clause may stand from the name: "what dockers call", ", as some traders still call it".
const NAMING_REACH = 7;

/** "what X call "…"" before the quote, or ", as X call it" after it. */
function namedBySomeone(tokens: Token[], q: number): boolean {
  const prev = tokens[q - 1];
  // In the present: what people call it in general; "what he called "…"" is his words, quoted.
  if (prev.kind === 'word' && NAMING_VERBS.has(prev.lower) && !prev.lower.endsWith('ed')) {
    for (let k = q - 2; k >= 0 && q - k <= NAMING_REACH; k--) if (tokens[k].lower === 'what' && !tokens[k].cap) return true;
  }
  if (tokens[q + 1]?.text !== ',' || tokens[q + 2]?.lower !== 'as') return false;
  for (let k = q + 3; k < tokens.length && k - q <= NAMING_REACH + 2; k++) {
    if (tokens[k].kind === 'word' && NAMING_VERBS.has(tokens[k].lower)) return /^(?:it|them|him|her|this|that)$/.test(tokens[k + 1]?.lower ?? '');
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

// Words in a quoted span before it reads as running words, not a term or a title.
const MIN_RUNNING_WORDS = 5;

/** A quote token's text opens on a small letter and runs to several words. */
function longLowerCase(quote: string): boolean {
  let k = 0;
  while (k < quote.length && (classAt(quote, k) & LETTER) === 0) k++;
  if (k >= quote.length || (classAt(quote, k) & UPPER) !== 0) return false;
  let spaces = 0;
  for (; k < quote.length; k++) if (quote.charCodeAt(k) === 32 && ++spaces >= MIN_RUNNING_WORDS - 1) return true;
  return false;
}

/** "X referred to bribes as "coffee"": someone does the naming, so the words are theirs. */
function hasSubjectBefore(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && (prev.cap || (prev.kind === 'word' && /^(?:he|she|they|it|we|i)$/.test(prev.lower)) || isSpeakerNoun(prev.lower));
}

/** The cue ends its sentence within a few words, before any other quote. */
function endsSentenceSoon(tokens: Token[], from: number, end: number, within: number): boolean {
  for (let k = from; k < Math.min(end, from + within); k++) {
    if (/^[.!?;]$/.test(tokens[k].text)) return true;
    if (tokens[k].kind === 'quote') return false;
  }
  return from >= end;
}

// How many words a described speaker the lists lack may have: "one night-shift courier".
const DESCRIBED_WORDS = 3;

/** "a courier wrote", "one porter said": an article and a few small words right before a plain verb of saying. */
function describedBeforeVerb(tokens: Token[], k: number, end: number): Range | null {
  if (!/^(?:a|an|one|another|the)$/.test(tokens[k]?.lower ?? '') || tokens[k].cap) return null;
  for (let j = k + 1; j < end && j <= k + DESCRIBED_WORDS; j++) {
    const verb = verbAt(tokens, j + 1);
    if (!isLowerWord(tokens[j]) || !isModifierWord(tokens[j])) return null;
    if (verb && j > k && !verb.passive && PLAIN_SAYING.has(verb.form.lemma) && !/(?:ly|ing|ed)$/.test(tokens[j].lower)) return { from: k, to: j + 1 };
  }
  return null;
}

/** A cue right after the quote token `q`, in the sentence ending at `end`. */
export function cueAfter(tokens: Token[], q: number, end: number, quoteEndsSentence: boolean): Cue | null {
  let k = q + 1;
  if (tokens[k]?.text === ',') k++;
  const t = tokens[k];
  if (!t || k >= end) return null;
  if (DASHES.has(t.text)) {
    const ref = subjectAfter(tokens, k + 1, end, true);
    return ref ? { ref, at: k + 1, verb: null, side: 'after' } : null;
  }
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const ref = subjectAfter(tokens, k + 2, end, false);
    return ref ? { ref, at: k + 2, verb: null, side: 'after' } : null;
  }
  // "…," said X.
  const inverted = verbAt(tokens, k);
  if (inverted && !inverted.form.participle && inverted.form.cls !== 'label') {
    const ref = subjectAfter(tokens, inverted.end, end, true);
    if (ref && (!quoteEndsSentence || endsSentenceSoon(tokens, ref.range.to, end, 12))) return { ref, at: ref.range.from, verb: inverted, side: 'after' };
  }
  // "…," X said. / "…," X, a professor at Y, said. / "…?" one courier wrote (a noun the lists lack).
  const range = phraseAfter(tokens, k, end) ?? describedBeforeVerb(tokens, k, end);
  if (!range) return null;
  let j = range.to;
  let appos: SpeakerRef['appos'];
  // "X, MD, MPH, of Y, told": degrees set off after the name, before its apposition.
  while (tokens[j]?.text === ',' && DEGREE_LETTERS.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ',') j += 2;
  if (tokens[j]?.text === ',') {
    let c = j + 1;
    while (c < end && tokens[c].text !== ',' && tokens[c].kind !== 'quote' && c - j < 30) c++;
    if (tokens[c]?.text === ',') {
      appos = { from: j + 1, to: c };
      j = c + 1;
    }
  }
  while (j < end && (isAdverb(tokens[j]) || isCalendarWord(tokens[j]))) j++;
  const verb = verbAt(tokens, j);
  if (!verb || verb.form.participle || verb.passive || verb.form.cls === 'label') return null;
  // "…" Russia has denied it plans to invade: a new sentence, not a cue.
  if (tokens[verb.end]?.lower === 'that') return null;
  if (quoteEndsSentence && !endsSentenceSoon(tokens, verb.end, end, 8)) return null;
  return { ref: appos ? { range, appos } : { range }, at: range.from, verb, side: 'after' };
}

/**
 * A cue before the quote token `q` in the sentence starting at `start`: the
 * nearest speech verb (its subject speaks), "according to X," or "X:".
 */
export function cueBefore(tokens: Token[], q: number, start: number, end: number, partial: boolean): Cue | null {
  // "X's "…" narrative": the possessor's words.
  if (tokens[q - 1]?.kind === 'poss' && SPEECH_NOUNS.has(tokens[q + 1]?.lower ?? '')) {
    const range = phraseBefore(tokens, q - 1, start);
    if (range) return { ref: { range }, at: range.from, verb: null, side: 'before' };
  }
  // Read the sentence up to the quote. The verb right before the quote governs
  // it ("declared a "terrorist-related" attack"); otherwise the quote belongs to
  // the sentence's own speaker, not to someone inside what they report ("X said
  // Rome would ask … «without further delay»"); "according to" is the last resort.
  let prior: SpeakerRef | null = null;
  let outer: Cue | null = null;
  let nearest: Cue | null = null;
  let source: Cue | null = null;
  for (let k = start; k < q; k++) {
    const t = tokens[k];
    // A new clause with its own speaker; not ", but warned …", which goes on with the speaker before.
    if (t.text === ';' || (CLAUSE_BREAKS.has(t.lower) && tokens[k - 1]?.text === ',' && !verbAt(tokens, k + 1))) {
      outer = null;
      prior = null;
      continue;
    }
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const ref = subjectAfter(tokens, k + 2, q, false);
      if (ref) source = { ref, at: k + 2, verb: null, side: 'before' };
      continue;
    }
    const verb = verbAt(tokens, k);
    if (!verb) continue;
    if (verb.form.cls === 'label' && !partial) continue;
    // "quotes a "Senate aide" as saying": the quoted phrase is the speaker.
    if (verb.form.lemma === 'say' && tokens[k - 1]?.lower === 'as') {
      const who = tokens[k - 2];
      if (who?.kind === 'quote') {
        nearest = { ref: { range: { from: k - 2, to: k - 1 }, quoted: k - 2 }, at: k - 2, verb, side: 'before' };
        k = verb.end - 1;
        continue;
      }
    }
    const ref = subjectOf(tokens, verb, start, end, prior);
    // "the levy would add “2 percent”": a thing that cannot speak, with the verb's other sense.
    if (ref && OTHER_SENSE_WITH_OBJECT.has(verb.form.lemma) && !verb.form.particle && tokens[verb.end]?.kind === 'quote' && unknownSpeaker(tokens, ref)) {
      k = verb.end - 1;
      continue;
    }
    // "In a statement read to the court, X said he had "…"": a verb that only frames a direct quote
    // speaks for no partial one.
    if (ref && verb.form.cls === 'cue' && partial) prior = ref;
    else if (ref) {
      const cue: Cue = { ref, at: ref.range.from, verb, side: 'before' };
      const embedded = outer !== null && ref.range.from > (outer.verb?.at ?? -1) && !ref.inverted;
      if (!embedded && !verb.passive && !ref.relative && outer === null) outer = cue;
      if (!embedded && !verb.passive) prior = ref;
      nearest = cue;
    }
    k = verb.end - 1;
  }
  const between = nearest?.verb ? tokens.slice(nearest.verb.end, q) : [];
  const governs = nearest?.verb && q - nearest.verb.end <= GOVERNING_GAP && !between.some((x) => x.text === ',' || x.kind === 'quote');
  // "refers to the deals as "the paperwork" and to the bribes as "coffee"": one naming verb, two names.
  const namesEach =
    nearest?.verb?.form.cls === 'label' &&
    tokens[q - 1]?.lower === 'as' &&
    q - nearest.verb.end <= LABEL_GAP &&
    !between.some((x) => x.text === ',' || x.text === ';');
  const found = (governs || namesEach ? nearest : null) ?? (partial ? outer : null) ?? nearest ?? source;
  if (found) return found;
  // "Secretary of the Air Force James Roche: "…"": a speaker label before a colon.
  if (tokens[q - 1]?.text === ':') {
    const range = phraseBefore(tokens, q - 1, start);
    if (range && range.from === start) return { ref: { range }, at: range.from, verb: null, side: 'before' };
  }
  return null;
}
