// Attribution, paragraph by paragraph in reading order. Surer rules decide
// first and later ones only fill what is left:
//   1. a cue beside the quote (said X, X said, according to X, X: …)
//   2. the rest of a quote carried over from the paragraph before
//   3. a label line above the statement
//   4. the speaker last heard in the same paragraph or sentence
//   5. a cue after the next part of a split quote
//   6. the speaker (or subject) of the paragraph before, for a quote with no cue
//   7. a dash line under a block quote
import type { QuoteKind } from '../../article/model.js';
import { cueAfter, cueBefore, mentionFeatures, endsWithStop, isDirect, PROSECUTION, courtHeard, findIndirect, mayHoldCredit, type Indirect, verbAt } from '../cues/index.js';
import { Entities, type Entity, observeSentence, whereOf } from '../entities/index.js';
import { DOCUMENT_NOUNS, Sieve } from '../lexicon/index.js';
import { describe, type Mention } from '../mentions/index.js';
import { dropWords, readWords, type Paragraph } from './paragraphs.js';
import { phraseBefore, clauseSubject, type SpeakerRef } from '../phrases/index.js';
import { tokenize } from '../scan/index.js';
import { eventsAround, latestEvent, tokenAt, type Event } from './events.js';
import { ISSUED, OWNER_PRONOUNS, SPEAKING_PRONOUNS } from '../lexicon/index.js';
import { logistic } from './linear.js';
import { trace, tracing } from './trace.js';
import { MENTION_WEIGHTS } from './weights.js';

export interface Found {
  paragraph: number;
  start: number;
  end: number;
  kind: QuoteKind;
  entity: Entity | null;
  /** Which rule named the speaker. */
  how: 'cue' | 'chain' | 'label' | 'near' | 'split' | 'previous' | 'dash' | 'none' | 'mention';
  /** Reading position, for order and recency. */
  pos: number;
  sentence: number;
  /** The part of the same quote in the paragraph before. */
  before?: Found;
}

// At module level: esbuild turns a literal with \p{…} into `new RegExp(…)` at each use.
const LETTER_RUNS = /\p{L}+/gu;
// Read on every word of a sentence with a speaker: most are passed over without a lookup.
const DOCUMENT_SIEVE = new Sieve(DOCUMENT_NOUNS);
export class Attribution {
  readonly entities = new Entities();
  readonly found: Found[] = [];
  private events: Event[][] = [];
  private filled: Event[][] = [];
  /** The last part of each paragraph's quotes, for quotes that carry on. */
  private lastPart: (Found | undefined)[] = [];
  /** What has been found in the paragraph being read, by sentence. */
  private here = new Map<number, Found[]>();

  constructor(private readonly paragraphs: Paragraph[]) {}

  run(): Found[] {
    this.paragraphs.forEach((p, i) => {
      readWords(this.paragraphs, i);
      this.paragraph(p, i);
      // Only the paragraph before the current one is read again (a quote with no cue).
      if (i > 0) dropWords(this.paragraphs[i - 1]);
    });
    return this.found;
  }

  private speaker(p: Paragraph, m: Mention, at: number, sentence: number): Entity | null {
    if (m.kind === 'pronoun' && SPEAKING_PRONOUNS.test(m.name)) return null;
    const where = whereOf(p, at, sentence);
    const entity = this.entities.resolve(m, where);
    // A described person ("a ministry spokesman") stays a "he" or "she" even when linked to their body.
    const personal = m.kind === 'descriptor' || (m.kind === 'pronoun' && (m.name === 'he' || m.name === 'she'));
    if (entity) this.entities.record(entity, where, { subject: true, speaker: true, personal, named: m.kind === 'person' });
    return entity;
  }

  private resolveRef(p: Paragraph, ref: SpeakerRef, at: number, sentence: number): Entity | null {
    if (ref.quoted !== undefined) {
      const span = p.spans[Math.max(0, p.tokens[ref.quoted].quote)];
      const words = p.text.slice(span.start, span.end);
      const tokens = tokenize(words, []);
      if (tokens.length === 0) return null;
      return this.speaker(p, describe(words, tokens, { from: 0, to: tokens.length }), at, sentence);
    }
    return this.speaker(p, describe(p.text, p.tokens, ref.range, ref.appos), at, sentence);
  }

  /** "X issued a joint statement …": later "the statement" is X's. */
  private noteDocuments(p: Paragraph, s: number, e: number, entity: Entity, sentence: number): void {
    for (let k = s + 1; k < e; k++) {
      const t = p.tokens[k];
      if (t.kind !== 'word' || t.cap || !DOCUMENT_SIEVE.passes(t.lower) || !DOCUMENT_NOUNS.has(t.lower)) continue;
      const det = p.tokens.slice(Math.max(s, k - 3), k).some((x) => x.lower === 'a' || x.lower === 'an');
      if (det) this.entities.noteDocument(t.lower, entity, whereOf(p, k, sentence));
    }
  }

  /** "The two governments issued a joint statement": later "the statement" is theirs. */
  private noteIssued(p: Paragraph, s: number, e: number, si: number): void {
    for (let k = s + 1; k < e - 2; k++) {
      // Each of these ends in d or t: most words are passed over without a lookup.
      const w = p.tokens[k].lower;
      // A quote token's lower is empty: reading before its start had the optimized loop thrown away.
      const last = w.length > 0 ? w.charCodeAt(w.length - 1) : 0;
      if ((last !== 100 && last !== 116) || !ISSUED.has(w)) continue;
      const doc = p.tokens.slice(k + 1, k + 5).find((t) => t.kind === 'word' && !t.cap && DOCUMENT_NOUNS.has(t.lower));
      const range = doc ? phraseBefore(p.tokens, k, s) : null;
      if (!doc || !range) continue;
      const where = whereOf(p, range.from, si);
      const owner = this.entities.resolve(describe(p.text, p.tokens, range), where);
      if (owner) this.entities.noteDocument(doc.lower, owner, where);
    }
  }

  /** "read the opening of his homily": later "the homily" is the person the pronoun points to. */
  private noteOwnDocuments(p: Paragraph, s: number, e: number, si: number): void {
    for (let k = s; k < e - 1; k++) {
      const pronoun = OWNER_PRONOUNS.get(p.tokens[k].lower);
      if (!pronoun || p.tokens[k].kind !== 'word') continue;
      // The document noun right after it, or after one word: "his homily", "her first encyclical".
      const doc = [p.tokens[k + 1], p.tokens[k + 2]].find((t) => t !== undefined && t.kind === 'word' && !t.cap && DOCUMENT_SIEVE.passes(t.lower) && DOCUMENT_NOUNS.has(t.lower));
      if (!doc) continue;
      const where = whereOf(p, k, si);
      const owner = this.entities.resolve(pronounMention(pronoun), where);
      if (owner) this.entities.noteDocument(doc.lower, owner, where);
    }
  }

  private paragraph(p: Paragraph, i: number): void {
    const events: Event[] = [];
    this.events[i] = events;
    this.here = new Map();
    let subjects: Entity[] = [];
    if (p.isDashLine) return;
    const pending: Found[] = [];
    const creditWords = mayHoldCredit(p.text);
    p.sentences.forEach(([s, e], si) => {
      // Names first, sentence by sentence, so that records stay in reading order.
      subjects = observeSentence(p, si, this.entities, subjects);
      this.noteIssued(p, s, e, si);
      this.noteOwnDocuments(p, s, e, si);
      const acts: Indirect[] = findIndirect(p.text, p.tokens, s, e, creditWords);
      const heard = courtHeard(p.tokens, s, e);
      if (heard) acts.push(heard);
      // One shape for both kinds of item, in an array made here: mixed shapes made this loop's code be thrown away.
      const items: { at: number; quote: number; act: Indirect | null }[] = [];
      for (const act of acts) items.push({ at: act.at, quote: -1, act });
      for (let q = s; q < e; q++) if (p.tokens[q].kind === 'quote') items.push({ at: q, quote: q, act: null });
      items.sort((a, b) => a.at - b.at);
      for (const item of items) {
        if (item.quote >= 0) this.quote(p, i, si, item.quote, s, e, events, pending);
        else if (item.act) this.indirect(p, i, si, item.act, s, e, events);
      }
    });
    // Filled in reading order, into a second log that stays in order too.
    const filled: Event[] = [];
    this.filled[i] = filled;
    for (const rec of pending) this.fill(p, i, rec, events, filled);
  }

  private quote(p: Paragraph, i: number, si: number, q: number, s: number, e: number, events: Event[], pending: Found[]): void {
    const spanIndex = Math.max(0, p.tokens[q].quote);
    const span = p.spans[spanIndex];
    const content = p.text.slice(span.start, span.end);
    const continuation = p.continues && spanIndex === 0;
    const block = span.open < 0 && span.close < 0;
    const endsSentence = endsWithStop(content);
    const cueRight = block ? null : cueAfter(p.tokens, q, e, endsSentence);
    const kind: QuoteKind = block || isDirect(content, p.tokens, q, s, e, continuation || (cueRight !== null && q === s)) ? 'direct' : 'partial';
    const sentence = p.sentenceBase + si;
    const rec: Found = { paragraph: i, start: span.start, end: span.end, kind, entity: null, how: 'none', pos: p.base + span.start, sentence };
    if (continuation) rec.before = this.lastPart[i - 1];
    if (spanIndex === p.spans.length - 1) this.lastPart[i] = rec;
    this.found.push(rec);
    this.foundIn(sentence).push(rec);
    // A quoted phrase that is itself the speaker: quotes a "Senate aide" as saying.
    const asSaying = p.tokens[q + 1]?.lower === 'as' && verbAt(p.tokens, q + 2)?.form.lemma === 'say';
    if (!block && asSaying) {
      rec.how = 'mention';
      return;
    }
    // A direct quote's cue is surest right after it; a partial quote's is the verb of its clause.
    const cue = block ? null : kind === 'direct' ? cueRight ?? cueBefore(p.tokens, q, s, e, false) : cueBefore(p.tokens, q, s, e, true) ?? cueRight;
    // A title, a nickname, a term or a scare quote is nobody's speech.
    if (!block && !continuation) {
      const features = mentionFeatures(p.tokens, q, s, e, content, kind === 'partial', cue);
      if (tracing()) trace({ type: 'mention', paragraph: i, start: span.start, end: span.end, features });
      if (logistic(MENTION_WEIGHTS, features) > 0.5) {
        rec.how = 'mention';
        return;
      }
    }
    if (!cue) {
      pending.push(rec);
      return;
    }
    let entity = this.resolveRef(p, cue.ref, cue.at, si);
    // A cue that agrees with the label above on the surname is the label's person.
    const label = p.label && spanIndex === 0 ? this.labelEntity(p) : null;
    if (label && entity && entity !== label && lastWord(entity) === lastWord(label)) entity = label;
    if (!entity) {
      pending.push(rec);
      return;
    }
    this.assign(rec, entity, 'cue', events);
    this.noteDocuments(p, s, e, entity, si);
    // The first part of a quote carried over takes the cue found on a later part.
    for (let b = rec.before; b && b.how !== 'cue'; b = b.before) {
      b.entity = entity;
      b.how = 'chain';
    }
  }

  private indirect(p: Paragraph, i: number, si: number, act: Indirect, s: number, e: number, events: Event[]): void {
    // "It also produced, both of them say, …": each of the two people last named says it.
    const said = act.ref.appos ? null : describe(p.text, p.tokens, act.ref.range);
    const both = said?.kind === 'pronoun' && said.name === 'both';
    const speakers = 'heard' in act ? [this.speaker(p, PROSECUTION, act.at, si)] : both ? this.entities.pairAt(whereOf(p, act.at, si)) : [this.resolveRef(p, act.ref, act.at, si)];
    for (const entity of speakers) if (entity) this.report(p, i, si, act, s, e, events, entity);
  }

  private report(p: Paragraph, i: number, si: number, act: Indirect, s: number, e: number, events: Event[], entity: Entity): void {
    const sentence = p.sentenceBase + si;
    if (this.foundIn(p.sentenceBase + si).some((f) => f.kind === 'indirect' && f.entity === entity && f.start < act.end && act.start < f.end)) return;
    const rec: Found = { paragraph: i, start: act.start, end: act.end, kind: 'indirect', entity, how: 'cue', pos: p.base + act.start, sentence };
    this.found.push(rec);
    this.foundIn(sentence).push(rec);
    events.push({ pos: rec.pos, sentence, entity });
    this.noteDocuments(p, s, e, entity, si);
  }

  private foundIn(sentence: number): Found[] {
    let list = this.here.get(sentence);
    if (!list) this.here.set(sentence, (list = []));
    return list;
  }

  private assign(rec: Found, entity: Entity, how: Found['how'], events: Event[]): void {
    rec.entity = entity;
    rec.how = how;
    events.push({ pos: rec.pos, sentence: rec.sentence, entity });
  }

  private labelEntity(p: Paragraph): Entity | null {
    return p.label ? this.speaker(p, p.label, 0, 0) : null;
  }

  private fill(p: Paragraph, i: number, rec: Found, events: Event[], filled: Event[]): void {
    const sameSection = i > 0 && this.paragraphs[i - 1].section === p.section;
    // Only the events near the quote matter; a paragraph may be a whole book on one line.
    const nearby = [...eventsAround(events, rec.sentence), ...eventsAround(filled, rec.sentence)].sort((a, b) => a.pos - b.pos);
    const before = nearby.filter((ev) => ev.pos < rec.pos);
    const inSentence = nearby.filter((ev) => ev.sentence === rec.sentence);
    let entity: Entity | null = null;
    let how: Found['how'] = 'none';
    if (rec.before?.entity) [entity, how] = [rec.before.entity, 'chain'];
    else if (p.label && rec.start <= 1 && !before.length) [entity, how] = [this.labelEntity(p), 'label'];
    // A word or two in quotes with no cue of its own is a term or a scare quote, not the last speaker's.
    const fewWords = rec.kind === 'partial' && (p.text.slice(rec.start, rec.end).match(LETTER_RUNS) ?? []).length < 3;
    // A partial quote belongs first to the speech of its own sentence ("… to "recalibrate" …, Zhao noted").
    if (!entity && inSentence.length && rec.kind === 'partial') [entity, how] = [inSentence[0].entity, 'near'];
    if (!entity && before.length && !fewWords) [entity, how] = [latestEvent(before), 'near'];
    if (!entity && inSentence.length) [entity, how] = [inSentence[0].entity, 'near'];
    if (!entity && p.dash) [entity, how] = [this.speaker(p, p.dash, 0, 0), 'dash'];
    // "Nwosu laughs. "…"": the person the sentence before is about.
    if (!entity && rec.kind === 'direct') [entity, how] = [this.subjectBefore(p, rec.sentence - p.sentenceBase), 'near'];
    if (!entity && rec.kind === 'direct') {
      const split = [...this.foundIn(rec.sentence), ...this.foundIn(rec.sentence + 1)].find((f) => f.pos > rec.pos && f.how === 'cue' && f.kind === 'direct');
      if (split?.entity) [entity, how] = [split.entity, 'split'];
      else if (sameSection && !rec.before) [entity, how] = [this.previousSpeaker(i - 1), 'previous'];
    }
    if (!entity) return;
    this.assign(rec, entity, how, filled);
    this.entities.record(entity, whereOf(p, tokenAt(p.tokens, rec.start - 1), rec.sentence - p.sentenceBase), { subject: false, speaker: true });
  }

  /** The person the sentence before sentence `si` of the same paragraph is about. */
  private subjectBefore(p: Paragraph, si: number): Entity | null {
    if (si <= 0) return null;
    const [s, e] = p.sentences[si - 1];
    if (p.tokens.slice(s, e).some((t) => t.kind === 'quote')) return null;
    const ref = clauseSubject(p.tokens, s, e);
    if (!ref) return null;
    const m = describe(p.text, p.tokens, ref.range, ref.appos);
    return m.kind === 'person' || m.kind === 'descriptor' || (m.kind === 'pronoun' && /^(?:he|she)$/.test(m.name)) ? this.speaker(p, m, ref.range.from, si - 1) : null;
  }

  /** Who spoke last in paragraph `i`, or the person it is about when nobody did. */
  private previousSpeaker(i: number): Entity | null {
    const events = [...(this.events[i] ?? []), ...(this.filled[i] ?? [])];
    if (events.length) return events.reduce((a, b) => (b.pos > a.pos ? b : a)).entity;
    const p = this.paragraphs[i];
    if (p.spans.length > 0) return null;
    for (let si = p.sentences.length - 1; si >= 0; si--) {
      const [s, e] = p.sentences[si];
      const ref = clauseSubject(p.tokens, s, e);
      if (!ref) continue;
      const m = describe(p.text, p.tokens, ref.range, ref.appos);
      if (m.kind === 'person' || m.kind === 'descriptor' || (m.kind === 'pronoun' && /^(?:he|she)$/.test(m.name))) return this.speaker(p, m, ref.range.from, si);
    }
    return null;
  }
}

/** A bare pronoun as a mention, for resolving a possessive. */
function pronounMention(name: string): Mention {
  return { kind: 'pronoun', name, role: null, head: null, definite: false, gender: null, acronyms: [], owner: null };
}

function lastWord(e: Entity): string {
  return e.words[e.words.length - 1] ?? '';
}
