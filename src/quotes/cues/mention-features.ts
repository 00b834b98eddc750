// What a quoted span looks like from the writer's sentence around it, as the
// features that tell speech from a mention (a title, a nickname, a scare
// quote, a word talked about). The weights that combine them are fitted on the
// gold sets by scripts/fit-weights.ts; see models/weights.ts.
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS, speechVerbForms } from '../lexicon/index.js';
import type { Features } from '../models/index.js';
import { classAt, LETTER, UPPER, type Token } from '../scan/index.js';
import { isMention, looksLikeTitle, type Cue } from './quote-cues.js';
import { verbAt } from './speech.js';

const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My|us|me)(?=[^\p{L}]|$)/u;
const THE_TITLE = /^\s*the\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}\s*$/u;
const FINITE = /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|must|do|does|did|am|be)\s/;

/** Words in `text`: runs of letters or digits. */
/** Words in `text`, counted up to 9: the features only ask for "more than 8", so a long quote stops early. */
function wordsIn(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= 8; i++) {
    const letter = (classAt(text, i) & LETTER) !== 0 || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57);
    if (letter && !inWord) n++;
    inWord = letter || (inWord && (text[i] === '’' || text[i] === "'" || text[i] === '-'));
  }
  return n;
}

const LEADING = /^[\s.…'"‘“-]*/;

/** The last character that is not white space, read from the end without a copy. */
function lastChar(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i >= 0 ? text.charAt(i) : '';
}

/** Whether a speech verb stands in tokens [s, e), outside the quotes. */
function sentenceHasSpeechVerb(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k].kind === 'word' && !tokens[k].cap && verbAt(tokens, k) !== null) return true;
  return false;
}

/** Whether tokens [from, to) hold a quote token. */
function quoteWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'quote') return true;
  return false;
}

/** Whether the paragraph holds another quote token than `q`: speech comes in runs, a title alone. */
function otherQuote(tokens: Token[], q: number): boolean {
  for (let k = 0; k < tokens.length; k++) if (k !== q && tokens[k].kind === 'quote') return true;
  return false;
}

/**
 * Features of the quote token `q` in the sentence [s, e) of a paragraph's
 * tokens, with its cue if one was found. `content` is the quoted text
 * without its marks.
 */
export function mentionFeatures(tokens: Token[], q: number, s: number, e: number, content: string, partial: boolean, cue: Cue | null): Features {
  const words = wordsIn(content);
  const prev = tokens[q - 1];
  const next = tokens[q + 1];
  const end = lastChar(content);
  // What the quote opens with, after leading marks and dots (read in place: a copy of a long quote costs).
  const lead = LEADING.exec(content)![0].length;
  const nextWord = next !== undefined && next.kind === 'word' && !next.cap;
  // "the "Thunderjacks Insider" podcast": a quote used as a modifier, a noun after it.
  const nounAfter =
    nextWord &&
    !PRONOUNS.has(next.lower) &&
    !AUXILIARIES.has(next.lower) &&
    !DETERMINERS.has(next.lower) &&
    !PREPOSITIONS.has(next.lower) &&
    speechVerbForms(next.lower).length === 0 &&
    !/(?:ed|ly)$/.test(next.lower) &&
    next.lower !== 'and' &&
    next.lower !== 'or';
  const f: Features = {
    bias: 1,
    partial: partial ? 1 : 0,
    words1: words <= 1 ? 1 : 0,
    words2: words === 2 ? 1 : 0,
    words3_4: words >= 3 && words <= 4 ? 1 : 0,
    words5_8: words >= 5 && words <= 8 ? 1 : 0,
    wordsMany: words > 8 ? 1 : 0,
    titleCase: looksLikeTitle(content) ? 1 : 0,
    startsUpper: lead < content.length && (classAt(content, lead) & UPPER) !== 0 ? 1 : 0,
    endsStop: end === '.' || end === '!' || end === '?' ? 1 : 0,
    endsComma: end === ',' ? 1 : 0,
    firstPerson: FIRST_PERSON.test(content) ? 1 : 0,
    finiteVerb: FINITE.test(` ${content} `) ? 1 : 0,
    mentionRule: isMention(tokens, q) ? 1 : 0,
    // "ARD's "Tagesthemen"", "the band's "Halyard"": a name owned by someone.
    afterPossessive: prev !== undefined && prev.kind === 'poss' ? 1 : 0,
    // "the Cornish Cannonball", "the Iron Lady": a nickname with its article.
    theTitle: THE_TITLE.test(content) ? 1 : 0,
    afterDeterminer: prev !== undefined && prev.kind === 'word' && DETERMINERS.has(prev.lower) ? 1 : 0,
    afterPreposition: prev !== undefined && prev.kind === 'word' && !prev.cap && PREPOSITIONS.has(prev.lower) ? 1 : 0,
    nounAfter: nounAfter ? 1 : 0,
    cueVerb: cue?.verb && cue.verb.form.cls !== 'label' ? 1 : 0,
    cueLabel: cue?.verb?.form.cls === 'label' ? 1 : 0,
    cueNoVerb: cue && !cue.verb ? 1 : 0,
    cueAfter: cue?.side === 'after' ? 1 : 0,
    speechInSentence: sentenceHasSpeechVerb(tokens, s, e) ? 1 : 0,
    opensSentence: q === s ? 1 : 0,
    otherQuote: otherQuote(tokens, q) ? 1 : 0,
    // "…," Lund said. "Very lucky.": a quote right after a sentence of speech goes on with it.
    speechBefore: sentenceHasSpeechVerb(tokens, Math.max(0, s - 12), s) ? 1 : 0,
    quoteBefore: quoteWithin(tokens, Math.max(0, q - 10), q) ? 1 : 0,
    // A quote that opens the sentence after one of speech carries the speech on.
    opensAfterSpeech: q === s && s > 0 && sentenceHasSpeechVerb(tokens, Math.max(0, s - 12), s) ? 1 : 0,
  };
  return f;
}
