// Reported speech: a speech verb with what was said and no quote marks.
// "Stoltenberg said Thursday there has been …", "Kremlin spokesperson Dmitry
// Peskov told reporters Thursday that …", "…, according to a State Department
// statement", "Goddard added that …", "…, the official said."
import {
  MIN_WORDS,
  callsItA,
  clauseFollows,
  contentAround,
  contentEnd,
  contentStart,
  framesQuote,
  lastWord,
  resultsObject,
  saidObject,
  span,
} from './content.js';
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  CONTACT_VERBS,
  REPORTING_BEFORE_TO,
  DETERMINERS,
  DOCUMENT_NOUNS,
  PRONOUNS,
  SPEECH_NOUNS,
  STANCE_ADJECTIVES,
  ISSUED,
  WEB_SOURCES,
  TALLY_NOUNS,
} from '../lexicon/index.js';
import { isDirect } from './kinds.js';
import {
  apposAfter,
  afterTimeWords,
  describedAfter,
  isModifierWord,
  phraseAfter,
  phraseBefore,
  type SpeakerRef,
  isVerbLike,
  isAdverb,
  isLowerWord,
} from '../phrases/index.js';
import type { Range } from '../phrases/index.js';
import { subjectAfter, subjectOf, unknownSpeaker, verbAt, type Verb } from './speech.js';
import { bodiesOf } from '../mentions/index.js';
import type { Token } from '../scan/index.js';
import {
  CLAUSE_WORDS,
  TOLD_BY_AGENT,
  CONTENT_JOINERS,
  CONTENT_PARTICLES,
  DECISIONS,
  PREPOSITIONS,
  NEEDS_SAID_OBJECT,
  OTHER_SENSE_PARTICLES,
  OTHER_SENSE_WITH_OBJECT,
  OWN,
  PLACE_OR_TIME,
  UNDER_DOCUMENT,
} from '../lexicon/index.js';

export interface Indirect {
  ref: SpeakerRef;
  /** Token index where the speaker phrase is read. */
  at: number;
  /** The reported content: [start, end) in the paragraph. */
  start: number;
  end: number;
  /** Found through "according to": a source, not a speaker, when the sentence has one. */
  source: boolean;
  /** Where the statement it rejects or answers ends ("…, a charge the firm denied"): other reports stop there. */
  cut?: number;
}

// Credit lines: "X reported on this story", "Y contributed to this report".
const CREDITS =
  /\b(?:reported|contributed|wrote|filed|adapted|edited)\b[^.]*\bthis\s+(?:story|report|article)\b|\bcontributed\s+(?:to|reporting)\b|^(?:reporting|editing|writing) by\b/i;

// What a credit line's sentence must hold, unless it opens "Reporting by": no sentence
// of a paragraph without it is tested against CREDITS.
const CREDIT_WORDS = /this\s+(?:story|report|article)|contributed\s+(?:to|reporting)/i;

/** Whether a paragraph has the words a credit line needs: most have none, and skip the full test. */
export function mayHoldCredit(paragraph: string): boolean {
  return CREDIT_WORDS.test(paragraph);
}

function isCreditLine(text: string, tokens: Token[], s: number, e: number, creditWords: boolean): boolean {
  const first = tokens[s].lower;
  const byline = first === 'reporting' || first === 'editing' || first === 'writing';
  return (creditWords || byline) && CREDITS.test(text.slice(tokens[s].start, tokens[e - 1].end));
}

interface Reading {
  /** The subject of the sentence's own speech verb, for "…, saying" and "… and added". */
  prior: SpeakerRef | null;
  /** Where what the sentence's own speaker says begins: a speaker standing there is inside the report. */
  outerContent: number;
}

const SUBJECT_REACH = 6;

/** The noun phrase that opens the sentence and is followed by its verb: "The institute | expects". */
function openingSubject(tokens: Token[], s: number, limit: number): Range | null {
  for (let end = s + 1; end < Math.min(limit, s + SUBJECT_REACH); end++) {
    const range = phraseBefore(tokens, end, s);
    const whole = range !== null && (range.from === s || (range.from === s + 1 && DETERMINERS.has(tokens[s].lower)));
    if (!whole || PRONOUNS.has(tokens[range.from].lower)) continue;
    // "X, founded in the 1990s, employs …": the verb may stand after an aside.
    const aside = apposAfter(tokens, range, limit);
    if (isVerbLike(tokens[end], true) || (aside !== undefined && isVerbLike(tokens[aside.to + 1], true))) return range;
  }
  return null;
}

/** "according to X, …" and "…, according to X." */
function accordingTo(tokens: Token[], k: number, s: number, e: number): { found: Indirect | null; next: number } | null {
  if (tokens[k].lower !== 'according' || tokens[k + 1]?.lower !== 'to') return null;
  // "according to the cooperative", "according to local media": any noun phrase is a source here.
  const described = describedAfter(tokens, k + 2, e);
  const source = subjectAfter(tokens, k + 2, e, false) ?? (described ? { range: described, inverted: true } : null);
  if (!source) return { found: null, next: k };
  // "X expects …, according to its latest forecast": the document is the subject's own.
  const sourceHead = tokens[source.range.to - 1].lower;
  const own = OWN.has(tokens[k + 2].lower) && (DOCUMENT_NOUNS.has(sourceHead) || WEB_SOURCES.has(sourceHead)) ? openingSubject(tokens, s, k) : null;
  // "according to a survey by the ministry", "… a guideline jointly issued by X": the issuer speaks.
  const issuer = !own && !source.appos && (DOCUMENT_NOUNS.has(sourceHead) || TALLY_NOUNS.has(sourceHead)) ? issuerAfter(tokens, source.range.to, e) : null;
  const ref = own ? { range: own } : issuer ? { range: issuer.range, inverted: true } : source;
  const np = issuer ? { from: source.range.from, to: issuer.end } : (source.appos ?? source.range);
  let c = np.to;
  // "according to Agency gauges.": words that run on from the source to the end are part of it.
  let rest = c;
  while (rest < e && tokens[rest].kind === 'word' && !tokens[rest].cap && isModifierWord(tokens[rest])) rest++;
  if (rest > c && (rest >= e || /^[.!?;]$/.test(tokens[rest].text))) c = rest;
  const commaAfter = tokens[c]?.text === ',';
  while (c < e && tokens[c].kind === 'punct') c++;
  // "according to X, who asked not to be named": a clause about the source, not what it said.
  const aboutSource = tokens[c]?.kind === 'word' && !tokens[c].cap && (tokens[c].lower === 'who' || tokens[c].lower === 'which');
  const afterEnd = aboutSource ? c - 1 : lastWord(tokens, c, e);
  let beforeEnd = k - 1;
  while (beforeEnd >= s && tokens[beforeEnd].kind === 'punct') beforeEnd--;
  // The content is on whichever side of "according to X" has words, or both sides of
  // an aside: "The plant, according to the firm, will close in March."
  const aside = commaAfter && tokens[k - 1]?.text === ',' && beforeEnd >= s && afterEnd >= c && !aboutSource;
  const content = aside ? span(tokens, s, afterEnd) : afterEnd >= c ? span(tokens, c, afterEnd) : span(tokens, s, beforeEnd);
  return { found: content ? { ref, at: k + 2, ...content, source: true } : null, next: np.to - 1 };
}

// How far a participle phrase after a document's issuer may run to its comma: "by X released in April,".
const ISSUER_TAIL_REACH = 6;

/**
 * The issuer named after a document that ends at `m`: "a survey by the ministry", "a guideline
 * jointly issued by the council"; with where the phrase about the document ends.
 */
function issuerAfter(tokens: Token[], m: number, e: number): { range: Range; end: number } | null {
  let k = m;
  if (isAdverb(tokens[k]) && ISSUED.has(tokens[k + 1]?.lower ?? '')) k++;
  if (ISSUED.has(tokens[k]?.lower ?? '') && !tokens[k].cap) k = afterTimeWords(tokens, k + 1, e);
  if (k >= e || tokens[k].lower !== 'by' || tokens[k].cap) return null;
  const agent = phraseAfter(tokens, k + 1, e);
  if (!agent) return null;
  let end = agent.to;
  // "by the ministry released in April, …": the participle goes on describing the document.
  if (isLowerWord(tokens[end]) && participleEnding(tokens[end].lower)) {
    let n = end + 1;
    while (n < e && n - end <= ISSUER_TAIL_REACH && (tokens[n].kind === 'word' || tokens[n].kind === 'num')) n++;
    if (tokens[n]?.text === ',') end = n;
  }
  return { range: agent, end };
}

/** "Bolton was firm that …", "Kim's assertion that …", "the WHO's decision to declare …". */
function ownedStatement(tokens: Token[], k: number, s: number, e: number): { found: Indirect | null; next: number } | null {
  const t = tokens[k];
  const thatAfter = tokens[k + 2]?.lower === 'that';
  if (
    (thatAfter && AUXILIARIES.has(t.lower) && STANCE_ADJECTIVES.has(tokens[k + 1]?.lower ?? '')) ||
    (thatAfter && t.kind === 'poss' && SPEECH_NOUNS.has(tokens[k + 1]?.lower ?? ''))
  ) {
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

/** "asked not to be named", "spoke on condition of anonymity" from token `k`. */
function speaksAnonymously(tokens: Token[], k: number): boolean {
  const first = tokens[k]?.lower;
  if (first !== 'not' && first !== 'on' && first !== 'for' && first !== 'that' && !first?.startsWith('anonymity')) return false;
  // Joined by hand: a slice and map here, rarely reached, had the optimized verb code thrown away.
  let after = first;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) after += ' ' + tokens[j].lower;
  // "… who asked that her name not be used": how the source spoke too.
  return /^(?:not to be|anonymity|on condition|on the condition|for anonymity|that (?:his|her|their) names? (?:not|be withheld|be kept))/.test(after);
}

/** Ends in -ed, -en or -wn, read by char code: this runs on nearly every word. */
function participleEnding(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  return (last === 100 && before === 101) || (last === 110 && (before === 101 || before === 119));
}

/** "X happens, under new rules announced (yesterday) by Y": Y is the source of the clause the document covers. */
function issuedDocument(tokens: Token[], at: number, s: number, e: number): Indirect | null {
  if (!participleEnding(tokens[at].lower) || !DOCUMENT_NOUNS.has(tokens[at - 1]?.lower ?? '')) return null;
  const by = afterTimeWords(tokens, at + 1, e);
  // Bounds read first: a read past the end had the optimized sentence loop thrown away.
  if (by >= tokens.length || tokens[by].lower !== 'by') return null;
  const agent = phraseAfter(tokens, by + 1, e);
  const doc = phraseBefore(tokens, at, s);
  if (!agent || !doc || doc.from - 1 <= s || !UNDER_DOCUMENT.has(tokens[doc.from - 1].lower)) return null;
  let k = doc.from - 2;
  while (k > s && tokens[k].text === ',') k--;
  const content = span(tokens, s, k);
  return content ? { ref: { range: agent, inverted: true }, at: agent.from, ...content, source: true } : null;
}

/** A clause follows at `c`, or after a short phrase and its comma: "during that time, it was not attacked". */
function clauseAfterPhrase(tokens: Token[], c: number, e: number): boolean {
  if (clauseFollows(tokens, c, e)) return true;
  for (let k = c; k < Math.min(e, c + 8); k++) if (tokens[k].text === ',') return clauseFollows(tokens, k + 1, e);
  return false;
}

/** The index of the comma before "assertions" / "a charge" that stands right before the subject at `subject`, or -1. */
function frontedStatement(tokens: Token[], s: number, subject: number): number {
  let k = subject - 1;
  if (k <= s || !SPEECH_NOUNS.has(tokens[k].lower)) return -1;
  if (DETERMINERS.has(tokens[k - 1].lower)) k--;
  return tokens[k - 1]?.text === ',' ? k - 1 : -1;
}

/** A quote after a comma or colon within the words from `from` to the offset `end`: what the cue introduces. */
function introducesQuote(tokens: Token[], from: number, e: number, end: number): boolean {
  for (let k = from; k < e && tokens[k].start < end; k++) {
    if (tokens[k].kind === 'quote' && (tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':')) return true;
  }
  return false;
}

/**
 * What follows at `c` is said as a clause: a clause, "how …", "whether …", a gerund
 * ("recalled meeting …") or a statement noun. `afterPreposition`: a clause may follow
 * a phrase opened by a preposition ("said at least nine members had …").
 */
function opensClause(tokens: Token[], c: number, e: number, afterPreposition = false): boolean {
  const t = tokens[c];
  if (!t || t.kind !== 'word' || t.cap) return clauseFollows(tokens, c, e) || saidObject(tokens, c, e);
  // "added to concern that …": a preposition opens what the verb acts on, not what was said.
  if (PREPOSITIONS.has(t.lower) && !afterPreposition) return false;
  return CLAUSE_WORDS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ing')) || clauseFollows(tokens, c, e) || saidObject(tokens, c, e);
}

// How far into another's report (in tokens) a subject is read as inside it.
const INSIDE_REACH = 30;

/** A subject at `from` stands inside the content that opens at `outer`: no comma between, or right after "that". */
function insideOuter(tokens: Token[], outer: number, from: number): boolean {
  if (outer < 0 || from < outer) return false;
  if (from === outer) return true;
  let k = from - 1;
  while (k > outer && DETERMINERS.has(tokens[k].lower)) k--;
  // "… and that the crew had complained"; not "a count that X said was right".
  if (tokens[k].lower === 'that' && !tokens[k].cap && CONTENT_JOINERS.has(tokens[k - 1]?.lower ?? '')) return true;
  // Read no further back than a clause's length: the test stays short in a long sentence.
  if (from - outer > INSIDE_REACH) return false;
  for (let m = outer; m < from; m++) if (tokens[m].text === ',' || tokens[m].kind === 'quote') return false;
  return true;
}

/** "what the film claimed", "the dose that guidelines recommend": the subject at `from` opens a relative clause. */
function thingSaid(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before || before.kind !== 'word' || before.cap) return false;
  if (before.lower === 'what') return true;
  // Not "…, a claim that officials denied.": a statement named before it is what was denied.
  const noun = tokens[from - 2];
  return (
    (before.lower === 'that' || before.lower === 'which') &&
    noun !== undefined &&
    noun.kind === 'word' &&
    !noun.cap &&
    !SPEECH_NOUNS.has(noun.lower) &&
    !PRONOUNS.has(noun.lower)
  );
}

/** "are advised by the agency to …", "were told by police that …": a passive verb of telling, its agent, then what was told. */
function toldByAgent(tokens: Token[], verb: Verb, ref: SpeakerRef): boolean {
  if (!TOLD_BY_AGENT.has(verb.form.lemma) || !ref.inverted || tokens[ref.range.from - 1]?.lower !== 'by') return false;
  const next = tokens[ref.range.to];
  return next !== undefined && next.kind === 'word' && !next.cap && (next.lower === 'to' || next.lower === 'that');
}

/** The reported statement made with the speech verb `verb`, if it reports one. */
function verbAct(tokens: Token[], verb: Verb, s: number, e: number, reading: Reading): Indirect[] {
  // "ready to talk", "to demand that": a purpose or plan, not a statement made.
  // "rose to say", "went on to say": the infinitive of a statement that was made.
  const before = tokens[verb.at - 2]?.lower ?? '';
  const infinitive = tokens[verb.at - 1]?.lower === 'to' && !CONTACT_VERBS.has(before) && !REPORTING_BEFORE_TO.has(before);
  // "who asked not to be named", "spoke on condition of anonymity": how a source spoke, not what.
  if (speaksAnonymously(tokens, verb.end)) return [];
  // "Residents the Post spoke to said …": the contact, not a statement.
  if (CONTACT_VERBS.has(tokens[verb.at].lower) && (tokens[verb.end]?.lower === 'to' || tokens[verb.end]?.lower === 'with') && verbAt(tokens, verb.end + 1))
    return [];
  if (infinitive || (verb.negated && verb.form.lemma !== 'say')) return [];
  // "found out", "wrote off": a particle makes it another verb.
  if (OTHER_SENSE_PARTICLES.get(verb.form.lemma)?.has(tokens[verb.end]?.lower ?? '')) return [];
  const ref = subjectOf(tokens, verb, s, e, reading.prior);
  if (!ref) return [];
  // A passive reports only when a document says it: "It was stated in an official handout that …".
  // … or when the agent told the listener to do something: "Travellers are advised by the agency to carry …".
  if (verb.passive && !(ref.inverted && DOCUMENT_NOUNS.has(tokens[ref.range.to - 1].lower)) && !toldByAgent(tokens, verb, ref)) return [];
  // "Sources said officials had asked …": a speaker opening what another reports is not a second report.
  // "She said 14 members had told the whips they would vote no", "… and that the crew had
  // complained": a speaker inside what another reports is not a second report.
  if (!ref.inverted && insideOuter(tokens, reading.outerContent, ref.range.from)) return [];
  // "the Gospel, in which Jesus tells Simon …": a story told inside a relative clause, not a statement made.
  if (!ref.inverted && PREPOSITIONS.has(tokens[ref.range.from - 2]?.lower ?? '') && /^(?:which|whom)$/.test(tokens[ref.range.from - 1]?.lower ?? '')) return [];
  // After "…, said X" the content is what came before, never the speaker's name.
  const from = ref.inverted ? Math.max(verb.end, (ref.appos ?? ref.range).to) : verb.end;
  const { at: c, that } = contentStart(tokens, from, e, verb.form.lemma);
  reading.prior = ref;
  // Where what this speaker says begins; undone below when the verb turns out to say nothing.
  const outerWas = reading.outerContent;
  if (reading.outerContent < 0 && !ref.relative) reading.outerContent = c;
  const notSaid = (): Indirect[] => {
    reading.outerContent = outerWas;
    return [];
  };
  // "said that “cloud income” had doubled": a quoted phrase opening a clause the writer goes on with.
  const quotedSubject = that && tokens[c]?.kind === 'quote' && tokens[c + 1]?.kind === 'word' && tokens[c + 2]?.kind === 'word';
  if ((tokens[c]?.kind === 'quote' && !quotedSubject) || framesQuote(tokens, c, e)) return [];
  if ((tokens[c]?.text === ',' || tokens[c]?.text === ':') && tokens[c + 1]?.kind === 'quote') return [];
  // "…," said X / "…," X said: the cue of a direct quote, not a report.
  const cueStart = verb.form.participle ? verb.at : Math.min(ref.range.from, verb.at);
  const q =
    tokens[cueStart - 1]?.kind === 'quote' ? cueStart - 1 : tokens[cueStart - 1]?.text === ',' && tokens[cueStart - 2]?.kind === 'quote' ? cueStart - 2 : -1;
  if (q >= s && isDirect(tokens[q].text.replace(/^["“«„‘']|["”»’']$/g, ''), tokens, q, s, e, false)) return [];
  const cls = verb.form.cls;
  let content: { start: number; end: number } | null;
  let cut: number | undefined;
  const closesClause = c >= e || /^[.,;!?]$/.test(tokens[c].text);
  if (closesClause) {
    // "did not show what the film claimed.": a thing claimed, not a claim made here.
    // "the 30 grams a day that guidelines recommend.": the object of a relative clause, likewise.
    if (!ref.inverted && thingSaid(tokens, ref.range.from)) return [];
    const cueFrom = Math.min(ref.range.from, verb.at);
    const cueTo = Math.max(ref.appos?.to ?? ref.range.to, c);
    // "…, assertions both X and Y rejected.", "…, a charge the firm denied.": what is
    // rejected is the statement named before the speaker, and the clause before it.
    const fronted = frontedStatement(tokens, s, ref.range.from);
    // "…, the government has confirmed.": the content is the clause before the cue.
    content =
      fronted >= 0 ? span(tokens, s, lastWord(tokens, s, fronted)) : cls === 'say' || cls === 'clause' ? contentAround(tokens, s, e, cueFrom, cueTo) : null;
    if (content && fronted >= 0) cut = tokens[fronted].start;
    // "He said, in remarks published in May, "…"": the cue of the quote after it, not a report.
    if (content && introducesQuote(tokens, cueTo, e, content.end)) return [];
  } else {
    if (cls === 'belief' && !that) return notSaid();
    if (NEEDS_SAID_OBJECT.has(verb.form.lemma) && !that && !saidObject(tokens, c, e) && !clauseFollows(tokens, c, e)) return notSaid();
    // "The museum tells the story of the city": a noun not known to speak says something only as a clause.
    if (!that && !ref.inverted && unknownSpeaker(tokens, ref) && !opensClause(tokens, c, e, true)) return notSaid();
    // "added 0.4 per cent", "boasts a pool", "wrote the album": another sense of the verb, not speech.
    if (OTHER_SENSE_WITH_OBJECT.has(verb.form.lemma) && !CONTENT_PARTICLES.has(verb.form.particle ?? '') && !that && !opensClause(tokens, c, e))
      return notSaid();
    // "reported a quarterly profit": results a company states.
    if (cls === 'clause' && !that && !clauseFollows(tokens, c, e) && !(verb.form.lemma === 'report' && resultsObject(tokens, c, e))) return notSaid();
    // A relative clause ends at its comma: "X, who wrote the report, argued …".
    let end = contentEnd(tokens, c, e);
    if (ref.relative) {
      const comma = tokens.findIndex((x, n) => n > c && n <= end && x.text === ',');
      if (comma > 0) end = comma - 1;
    }
    // "spoke at the hearing", "testified before the committee": where, not what.
    if (!that && PLACE_OR_TIME.has(tokens[c].lower) && !tokens[c].cap && !clauseAfterPhrase(tokens, c + 1, e)) return notSaid();
    // "has denied wrongdoing": an object verb's object may be one word.
    content = span(tokens, c, end, cls === 'object' && !ref.relative ? 1 : MIN_WORDS);
  }
  if (!content) return notSaid();
  // "Ivory Coast and Ghana said …": each of two bodies says it.
  return bodiesOf(tokens, ref.range).map((range) => ({ ref: range === ref.range ? ref : { range }, at: range.from, ...content!, source: false, cut }));
}

/**
 * Reported statements in the sentence [s, e) of a paragraph. `creditWords`:
 * the paragraph has a word a credit line needs (see mayHoldCredit).
 */
export function findIndirect(text: string, tokens: Token[], s: number, e: number, creditWords = true): Indirect[] {
  if (isCreditLine(text, tokens, s, e, creditWords)) return [];
  const found: Indirect[] = [];
  const reading: Reading = { prior: null, outerContent: -1 };
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') continue;
    // A new clause with its own speaker: "…; Y said", "…, but Y said". Not ", but warned …",
    // whose verb has no subject of its own and goes on with the speaker before.
    if (t.text === ';' || (tokens[k - 1]?.text === ',' && CLAUSE_BREAKS.has(t.lower) && !verbAt(tokens, k + 1))) {
      reading.prior = null;
      reading.outerContent = -1;
      continue;
    }
    // Only small words, possessives and "According" can start what follows.
    if (t.kind === 'punct' || t.kind === 'num' || (t.cap && t.lower !== 'according')) continue;
    const issued = k > s + 2 ? issuedDocument(tokens, k, s, e) : null;
    if (issued) {
      found.push(issued);
      continue;
    }
    const hit = accordingTo(tokens, k, s, e) ?? ownedStatement(tokens, k, s, e);
    if (hit) {
      if (hit.found) found.push(hit.found);
      k = hit.next;
      continue;
    }
    const verb = verbAt(tokens, k);
    if (!verb || verb.form.cls === 'cue' || (verb.form.cls === 'label' && !callsItA(tokens, verb.end, e))) continue;
    k = verb.end - 1;
    found.push(...verbAct(tokens, verb, s, e, reading));
  }
  // What a later speaker rejects is not part of an earlier report: "X said …, a charge Y denied".
  for (const f of found) if (f.cut !== undefined) for (const g of found) if (g.start < f.cut && g.end > f.cut) g.end = trimmedEnd(text, g.start, f.cut);
  // A source named beside a speaker is where the report came from, not a second speaker.
  return found.some((f) => !f.source) ? found.filter((f) => !f.source) : found;
}

/** The end of the words in text[start, end), without trailing spaces and commas. */
function trimmedEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && /[\s,;]/.test(text.charAt(k - 1))) k--;
  return k;
}
