// Reported speech: a speech verb with what was said and no quote marks.
// "Stoltenberg said Thursday there has been …", "Kremlin spokesperson Dmitry
// Peskov told reporters Thursday that …", "…, according to a State Department
// statement", "Goddard added that …", "…, the official said."
import { SPEECH_NOUNS, STANCE_ADJECTIVES } from './lexicon/verbs.js';
import { DOCUMENT_NOUNS } from './lexicon/nouns.js';
import { isDirect } from './kinds.js';
import { phraseAfter, phraseBefore } from './phrases.js';
import { subjectAfter, subjectOf, verbAt, type SpeakerRef, type Verb } from './speech.js';
import { bodiesOf } from './name-shape.js';
import type { Token } from './tokens.js';
import { AUXILIARIES, CLAUSE_BREAKS, DETERMINERS, OBJECT_PRONOUNS, PRONOUNS, isAdverb, isCalendarWord, isCapWord } from './words.js';

export interface Indirect {
  ref: SpeakerRef;
  /** Token index where the speaker phrase is read. */
  at: number;
  /** The reported content: [start, end) in the paragraph. */
  start: number;
  end: number;
  /** Found through "according to": a source, not a speaker, when the sentence has one. */
  source: boolean;
}

// Verbs whose object may be the listener or what was said.
const MAYBE_LISTENER = new Set(['urge', 'advise', 'encourage', 'ask', 'warn']);
// Verbs whose first object is the listener: "told reporters that …".
const LISTENER_FIRST = new Set(['tell', 'inform', 'assure', 'brief', 'advise', 'urge', 'encourage', 'ask', 'warn', 'thank', 'remind']);
// Verbs that take a speech act only with a said thing as object: "rejected Kim's assertion".
const NEEDS_SAID_OBJECT = new Set(['reject', 'dismiss', 'question']);
const FUNCTION_AFTER_LISTENER = new Set(['that', 'to', 'on', 'in', 'at', 'by', 'over', 'via', 'during', 'last', 'this', 'earlier', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'there', 'we', 'i']);
const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'on', 'to', 'in', 'during', 'at']);
const DECISIONS = new Set(['decision', 'move', 'vote', 'call', 'pledge', 'promise', 'plan']);
const MEDIA = new Set(['statement', 'interview', 'briefing', 'speech', 'letter', 'post', 'tweet', 'remarks', 'address', 'conference', 'call', 'meeting', 'report', 'video', 'message', 'email', 'op-ed', 'column']);
const CHANNELS = new Set(['twitter', 'facebook', 'x', 'instagram', 'telegram', 'television', 'radio', 'tv', 'air', 'phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videolink']);
// Credit lines: "X reported on this story", "Y contributed to this report".
const CREDITS = /\b(?:reported|contributed|wrote|filed|adapted|edited)\b[^.]*\bthis\s+(?:story|report|article)\b|\bcontributed\s+(?:to|reporting)\b|^(?:reporting|editing|writing) by\b/i;
// Reported content has a few words, at least two of them the writer's own.
const MIN_WORDS = 3;
const MIN_OWN_WORDS = 2;

/** Skip the listener, time words and "in a statement" after a verb; index of the content. */
function contentStart(tokens: Token[], c: number, end: number, lemma: string): { at: number; that: boolean } {
  let k = c;
  if (LISTENER_FIRST.has(lemma)) {
    const t = tokens[k];
    let listener = t && t.lower !== 'that' ? phraseAfter(tokens, k, end) : null;
    // "urged the council to act" has a listener; "urged a full inquiry" has only what was urged.
    if (listener && MAYBE_LISTENER.has(lemma) && !/^(?:to|that|not|of|about|against)$/.test(tokens[listener.to]?.lower ?? '')) listener = null;
    if (!listener && MAYBE_LISTENER.has(lemma) && t && !OBJECT_PRONOUNS.has(t.lower)) return { at: k, that: false };
    if (t && OBJECT_PRONOUNS.has(t.lower)) k++;
    else if (t && t.kind === 'word' && !t.cap && !DETERMINERS.has(t.lower) && t.lower !== 'that' && !listener) k++;
    else if (listener) {
      k = listener.to;
      // The rest of the listener's name: "the BBC’s Today programme".
      for (let n = 0; n < 3 && tokens[k] && (tokens[k].kind === 'poss' || isCapWord(tokens[k]) || (tokens[k - 1].kind !== 'word' || tokens[k - 1].cap) && tokens[k].kind === 'word' && !AUXILIARIES.has(tokens[k].lower) && !FUNCTION_AFTER_LISTENER.has(tokens[k].lower)); n++) k++;
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
    if (isCalendarWord(t) || isAdverb(t)) {
      k++;
      continue;
    }
    if ((t.lower === 'on' || t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || t.lower === 'late') && tokens[k + 1] && (isCalendarWord(tokens[k + 1]) || /^(?:week|month|year|weekend)$/.test(tokens[k + 1].lower))) {
      k += 2;
      continue;
    }
    if ((t.lower === 'in' || t.lower === 'during' || t.lower === 'at') && DETERMINERS.has(tokens[k + 1]?.lower ?? '')) {
      let m = k + 2;
      while (m < end && m < k + 6 && !MEDIA.has(tokens[m].lower)) m++;
      if (m < end && MEDIA.has(tokens[m].lower)) {
        k = m + 1;
        continue;
      }
    }
    if ((t.lower === 'on' || t.lower === 'via' || t.lower === 'by' || t.lower === 'over') && CHANNELS.has(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    break;
  }
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'that') k++;
  const that = tokens[k]?.lower === 'that' && !tokens[k].cap;
  return { at: that ? k + 1 : k, that };
}

/** A clause follows: "the government has decided", "it plans to", "evidence supported". */
function clauseFollows(tokens: Token[], c: number, end: number): boolean {
  const first = tokens[c];
  if (!first) return false;
  if (first.kind === 'word' && (PRONOUNS.has(first.lower) || first.lower === 'there')) return true;
  for (let k = c; k < Math.min(end, c + 10); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.kind === 'quote') break;
    if (t.kind === 'word' && !t.cap && AUXILIARIES.has(t.lower) && k > c) return true;
    if (k > c && k <= c + 4 && t.kind === 'word' && !t.cap && /ed$/.test(t.lower) && !DETERMINERS.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

const RESULTS = /^(?:results|profit|profits|loss|losses|revenue|revenues|sales|earnings|income|figures|growth|decline|rise|fall|deficit|surplus)$/;

function resultsObject(tokens: Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + 6); k++) if (RESULTS.test(tokens[k].lower)) return true;
  return false;
}

function saidObject(tokens: Token[], c: number, end: number): boolean {
  for (let k = c; k < Math.min(end, c + 5); k++) if (SPEECH_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** Last token of a sentence's words, without its closing punctuation. */
function lastWord(tokens: Token[], from: number, end: number): number {
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
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^-–—(:]{0,30})?(?:\s*\([^)]{1,40}\))?\s*(?:[-–—]|:)\s*/u;

function span(tokens: Token[], from: number, to: number, minWords = MIN_WORDS): { start: number; end: number } | null {
  if (to < from) return null;
  if (from === 0 && tokens[0].cap) {
    const line = DATELINE.exec(tokens.slice(0, 14).map((t) => t.text).join(' '));
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
function framesQuote(tokens: Token[], c: number, end: number): boolean {
  if (!TOPIC_PREPOSITIONS.has(tokens[c]?.lower ?? '')) return false;
  for (let k = c + 1; k < Math.min(end, c + 6); k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ':') return tokens[k + 1]?.kind === 'quote';
    if (t.kind === 'quote') return false;
  }
  return false;
}

/** The content stops before ", saying "…"": the quote has its own entry. */
function contentEnd(tokens: Token[], c: number, e: number): number {
  for (let k = c + 1; k < e; k++) {
    const t = tokens[k];
    const framed = t.text === ':' ? tokens[k + 1]?.kind === 'quote' : t.text === ',' && verbAt(tokens, k + 1)?.form.participle && (tokens[k + 2]?.kind === 'quote' || tokens[k + 3]?.kind === 'quote');
    if (framed) {
      return lastWord(tokens, c, k);
    }
  }
  return lastWord(tokens, c, e);
}

/** The reported content of a cue that closes its clause: "…, Nantulya said." or mid-sentence ", he said, …". */
function contentAround(tokens: Token[], s: number, e: number, cueFrom: number, cueTo: number): { start: number; end: number } | null {
  let beforeEnd = cueFrom - 1;
  while (beforeEnd >= s && tokens[beforeEnd].kind === 'punct') beforeEnd--;
  let afterStart = cueTo;
  while (afterStart < e && tokens[afterStart].kind === 'punct') afterStart++;
  const afterEnd = lastWord(tokens, afterStart, e);
  const before = beforeEnd - s;
  const after = afterEnd - afterStart;
  if (before <= 0 && after <= 0) return null;
  return after > before ? span(tokens, afterStart, afterEnd) : span(tokens, s, beforeEnd);
}

interface Reading {
  /** The subject of the sentence's own speech verb, for "…, saying" and "… and added". */
  prior: SpeakerRef | null;
  /** Where what the sentence's own speaker says begins: a speaker standing there is inside the report. */
  outerContent: number;
}

/** "according to X, …" and "…, according to X." */
function accordingTo(tokens: Token[], k: number, s: number, e: number): { found: Indirect | null; next: number } | null {
  if (tokens[k].lower !== 'according' || tokens[k + 1]?.lower !== 'to') return null;
  const ref = subjectAfter(tokens, k + 2, e, false);
  if (!ref) return { found: null, next: k };
  const np = ref.appos ?? ref.range;
  let c = np.to;
  while (c < e && tokens[c].kind === 'punct') c++;
  const afterEnd = lastWord(tokens, c, e);
  let beforeEnd = k - 1;
  while (beforeEnd >= s && tokens[beforeEnd].kind === 'punct') beforeEnd--;
  // The content is on whichever side of "according to X" has words.
  const content = afterEnd >= c ? span(tokens, c, afterEnd) : span(tokens, s, beforeEnd);
  return { found: content ? { ref, at: k + 2, ...content, source: true } : null, next: np.to - 1 };
}

/** "Bolton was firm that …", "Kim's assertion that …", "the WHO's decision to declare …". */
function ownedStatement(tokens: Token[], k: number, s: number, e: number): { found: Indirect | null; next: number } | null {
  const t = tokens[k];
  if ((AUXILIARIES.has(t.lower) && STANCE_ADJECTIVES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'that') ||
    (t.kind === 'poss' && SPEECH_NOUNS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'that')) {
    const range = phraseBefore(tokens, k, s);
    if (!range || (range.to - range.from === 1 && tokens[range.from].lower === 'it')) return { found: null, next: k };
    const content = span(tokens, k + 3, lastWord(tokens, k + 3, e));
    // "Kim's assertion that …" is a statement only when the sentence reports no other.
    return { found: content ? { ref: { range }, at: range.from, ...content, source: t.kind === 'poss' } : null, next: k };
  }
  // A decision to declare is a declaration.
  if (t.kind === 'poss' && DECISIONS.has(tokens[k + 1]?.lower ?? '')) {
    let m = k + 2;
    while (m < e && m < k + 7 && tokens[m].lower !== 'to') m++;
    const declared = tokens[m]?.lower === 'to' ? verbAt(tokens, m + 1) : null;
    const range = declared && declared.form.cls !== 'label' ? phraseBefore(tokens, k, s) : null;
    const content = range && declared ? span(tokens, declared.end, lastWord(tokens, declared.end, e)) : null;
    return { found: range && content ? { ref: { range }, at: range.from, ...content, source: false } : null, next: k };
  }
  return null;
}

/** The reported statement made with the speech verb `verb`, if it reports one. */
function verbAct(tokens: Token[], verb: Verb, s: number, e: number, reading: Reading): Indirect[] {
  // "ready to talk", "to demand that": a purpose or plan, not a statement made.
  const infinitive = tokens[verb.at - 1]?.lower === 'to';
  // "who asked not to be named", "spoke on condition of anonymity": how a source spoke, not what.
  const after = tokens.slice(verb.end, verb.end + 4).map((x) => x.lower).join(' ');
  if (/^(?:not to be|anonymity|on condition|for anonymity)/.test(after)) return [];
  if (infinitive || (verb.negated && verb.form.lemma !== 'say')) return [];
  const ref = subjectOf(tokens, verb, s, e, reading.prior);
  if (!ref) return [];
  // A passive reports only when a document says it: "It was stated in an official handout that …".
  if (verb.passive && !(ref.inverted && DOCUMENT_NOUNS.has(tokens[ref.range.to - 1].lower))) return [];
  // "Sources said officials had asked …": a speaker opening what another reports is not a second report.
  if (ref.range.from === reading.outerContent && !ref.inverted) return [];
  // After "…, said X" the content is what came before, never the speaker's name.
  const from = ref.inverted ? Math.max(verb.end, (ref.appos ?? ref.range).to) : verb.end;
  const { at: c, that } = contentStart(tokens, from, e, verb.form.lemma);
  reading.prior = ref;
  if (reading.outerContent < 0 && !ref.relative) reading.outerContent = c;
  if (tokens[c]?.kind === 'quote' || framesQuote(tokens, c, e)) return [];
  if ((tokens[c]?.text === ',' || tokens[c]?.text === ':') && tokens[c + 1]?.kind === 'quote') return [];
  // "…," said X / "…," X said: the cue of a direct quote, not a report.
  const cueStart = verb.form.participle ? verb.at : Math.min(ref.range.from, verb.at);
  const q = tokens[cueStart - 1]?.kind === 'quote' ? cueStart - 1 : tokens[cueStart - 1]?.text === ',' && tokens[cueStart - 2]?.kind === 'quote' ? cueStart - 2 : -1;
  if (q >= s && isDirect(tokens[q].text.replace(/^["“«„‘']|["”»’']$/g, ''), tokens, q, s, e, false)) return [];
  const cls = verb.form.cls;
  let content: { start: number; end: number } | null;
  const closesClause = c >= e || /^[.,;!?]$/.test(tokens[c].text);
  if (closesClause) {
    const cueFrom = Math.min(ref.range.from, verb.at);
    const cueTo = Math.max(ref.appos?.to ?? ref.range.to, c);
    // "…, the government has confirmed.": the content is the clause before the cue.
    content = cls === 'say' || cls === 'clause' ? contentAround(tokens, s, e, cueFrom, cueTo) : null;
  } else {
    if (cls === 'belief' && !that) return [];
    if (NEEDS_SAID_OBJECT.has(verb.form.lemma) && !that && !saidObject(tokens, c, e) && !clauseFollows(tokens, c, e)) return [];
    // "reported a quarterly profit": results a company states.
    if (cls === 'clause' && !that && !clauseFollows(tokens, c, e) && !(verb.form.lemma === 'report' && resultsObject(tokens, c, e))) return [];
    // A relative clause ends at its comma: "X, who wrote the report, argued …".
    let end = contentEnd(tokens, c, e);
    if (ref.relative) {
      const comma = tokens.findIndex((x, n) => n > c && n <= end && x.text === ',');
      if (comma > 0) end = comma - 1;
    }
    // "has denied wrongdoing": an object verb's object may be one word.
    content = span(tokens, c, end, cls === 'object' && !ref.relative ? 1 : MIN_WORDS);
  }
  if (!content) return [];
  // "Ivory Coast and Ghana said …": each of two bodies says it.
  return bodiesOf(tokens, ref.range).map((range) => ({ ref: range === ref.range ? ref : { range }, at: range.from, ...content!, source: false }));
}

/** Reported statements in the sentence [s, e) of a paragraph. */
export function findIndirect(text: string, tokens: Token[], s: number, e: number): Indirect[] {
  const sentence = text.slice(tokens[s].start, tokens[e - 1].end);
  if (CREDITS.test(sentence)) return [];
  const found: Indirect[] = [];
  const reading: Reading = { prior: null, outerContent: -1 };
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') continue;
    // A new clause with its own speaker: "…; Y said", "…, but Y said".
    if (t.text === ';' || (CLAUSE_BREAKS.has(t.lower) && tokens[k - 1]?.text === ',')) {
      reading.prior = null;
      reading.outerContent = -1;
      continue;
    }
    const hit = accordingTo(tokens, k, s, e) ?? ownedStatement(tokens, k, s, e);
    if (hit) {
      if (hit.found) found.push(hit.found);
      k = hit.next;
      continue;
    }
    const verb = verbAt(tokens, k);
    if (!verb || verb.form.cls === 'cue' || verb.form.cls === 'label') continue;
    k = verb.end - 1;
    found.push(...verbAct(tokens, verb, s, e, reading));
  }
  // A source named beside a speaker is where the report came from, not a second speaker.
  return found.some((f) => !f.source) ? found.filter((f) => !f.source) : found;
}
