// Attribution, paragraph by paragraph in reading order. Surer rules decide
// first and later ones only fill what is left:
//   1. a cue beside the quote (said X, X said, according to X, X: …)
//   2. the rest of a quote carried over from the paragraph before
//   3. a label line above the statement
//   4. the speaker last heard in the same paragraph or sentence
//   5. a cue after the next part of a split quote
//   6. the speaker (or subject) of the paragraph before, for a quote with no cue
//   7. a dash line under a block quote
import type { QuoteKind } from '../../core/model.js';
import {
  cueAfter,
  cueBefore,
  mentionFeatures,
  endsWithStop,
  isDirect,
  PROSECUTION,
  courtHeard,
  findIndirect,
  mayHoldCredit,
  type Indirect,
  verbAt,
} from '../cues/index.js';
import { Entities, canonical, type Antecedent, type Entity, observeSentence, whereOf } from '../entities/index.js';
import { describe, jointParts, pairPhrase, togetherPhrase, type Mention } from '../mentions/index.js';
import { dropWords, readWords, type Paragraph } from './paragraphs.js';
import type { Range, SpeakerRef } from '../phrases/index.js';
import { tokenize, type Token } from '../scan/index.js';
import { noteIssuers, noteOwnDocuments, noteSpeakersDocuments } from './documents.js';
import { eventsAround, latestEvent, tokenAt, type Event } from './events.js';
import { bestCandidate, floatingCandidates, paragraphSubject, subjectBefore, type Resolve, type Source } from './floating.js';
import { SPEAKING_PRONOUNS, isPersonPlural, isPluralTitle } from '../lexicon/index.js';
import { MENTION_WEIGHTS, logistic, trace, tracing } from '../models/index.js';

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
export class Attribution {
  readonly entities = new Entities();
  readonly found: Found[] = [];
  private events: Event[][] = [];
  private filled: Event[][] = [];
  /** The last part of each paragraph's quotes, for quotes that carry on. */
  private lastPart: (Found | undefined)[] = [];
  /** The candidates of the pronoun the last speaker phrase was, for the trace. */
  private pronoun: Antecedent[] | null = null;
  /** What has been found in the paragraph being read, by sentence. */
  private here = new Map<number, Found[]>();

  constructor(private readonly paragraphs: Paragraph[]) {}

  /** Called with what made a paragraph fail; tests and the fuzz suite set it to see such faults. */
  static onFault: ((err: unknown, paragraph: number) => void) | null = null;

  run(): Found[] {
    this.paragraphs.forEach((p, i) => {
      // A fault in one paragraph costs that paragraph's quotes, never the article's.
      const kept = this.found.length;
      try {
        readWords(this.paragraphs, i);
        this.paragraph(p, i);
      } catch (err) {
        this.found.length = kept;
        this.events[i] = [];
        this.filled[i] = [];
        Attribution.onFault?.(err, i);
      }
      // Only the paragraph before the current one is read again (a quote with no cue).
      if (i > 0) dropWords(this.paragraphs[i - 1]);
    });
    return this.found;
  }

  private speaker(p: Paragraph, m: Mention, at: number, sentence: number): Entity | null {
    if (m.kind === 'pronoun' && SPEAKING_PRONOUNS.test(m.name)) return null;
    const where = whereOf(p, at, sentence);
    const entity = this.entities.resolve(m, where);
    this.pronoun = m.kind === 'pronoun' ? this.entities.lastAntecedents : null;
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
    // "the two senators said": the two just named, together.
    const pair = pairPhrase(p.tokens, ref.range);
    if (pair) {
      const where = whereOf(p, at, sentence);
      const joint = this.entities.joint(this.entities.pairAt(where, pair === 'bodies'), where);
      if (joint) {
        this.entities.record(joint, where, { subject: true, speaker: true });
        return joint;
      }
    }
    // "the panel wrote", "the judges said": the people just named together.
    const together = togetherPhrase(p.tokens, ref.range);
    if (together) {
      const where = whereOf(p, at, sentence);
      const joint = this.entities.joint(this.entities.namedTogetherAt(where, together.collective ? null : together.noun), where);
      if (joint) {
        this.entities.record(joint, where, { subject: true, speaker: true });
        return joint;
      }
    }
    // "Two Labour MPs, Ann Roe and Tom Hale, said": the people named in the apposition speak together.
    const named = ref.appos && pluralHead(p.tokens, ref.range) ? jointParts(p.tokens, ref.appos, (w) => this.entities.knows(w)) : null;
    if (named)
      return this.entities.joint(
        named.map((range) => this.speaker(p, describe(p.text, p.tokens, range, ref.range), range.from, sentence)),
        whereOf(p, at, sentence),
      );
    // "Xi and Putin said": each part is a speaker, and they speak together.
    const parts = jointParts(p.tokens, ref.range, (w) => this.entities.knows(w));
    if (parts)
      return this.entities.joint(
        parts.map((range) => this.speaker(p, describe(p.text, p.tokens, range), range.from, sentence)),
        whereOf(p, at, sentence),
      );
    return this.speaker(p, describe(p.text, p.tokens, ref.range, ref.appos), at, sentence);
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
      noteIssuers(p, s, e, si, this.entities);
      noteOwnDocuments(p, s, e, si, this.entities);
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
    const cue = block ? null : kind === 'direct' ? (cueRight ?? cueBefore(p.tokens, q, s, e, false)) : (cueBefore(p.tokens, q, s, e, true) ?? cueRight);
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
    this.pronoun = null;
    let entity = this.resolveRef(p, cue.ref, cue.at, si);
    this.tracePronoun(i, span.start, span.end, 'quote');
    // A cue that agrees with the label above on the surname is the label's person.
    const label = p.label && spanIndex === 0 ? this.labelEntity(p) : null;
    if (label && entity && entity !== label && lastWord(entity) === lastWord(label)) entity = label;
    if (!entity) {
      pending.push(rec);
      return;
    }
    this.assign(rec, entity, 'cue', events);
    noteSpeakersDocuments(p, s, e, entity, si, this.entities);
    // The first part of a quote carried over takes the cue found on a later part.
    for (let b = rec.before; b && b.how !== 'cue'; b = b.before) {
      b.entity = entity;
      b.how = 'chain';
    }
  }

  private indirect(p: Paragraph, i: number, si: number, act: Indirect, s: number, e: number, events: Event[]): void {
    this.pronoun = null;
    const speakers = 'heard' in act ? [this.speaker(p, PROSECUTION, act.at, si)] : [this.resolveRef(p, act.ref, act.at, si)];
    this.tracePronoun(i, act.start, act.end, 'indirect');
    for (const entity of speakers) if (entity) this.report(p, i, si, act, s, e, events, entity);
  }

  /** Send the last pronoun's candidates to the trace, for the span it named the speaker of. */
  private tracePronoun(paragraph: number, start: number, end: number, target: 'quote' | 'indirect'): void {
    const candidates = this.pronoun;
    this.pronoun = null;
    if (!candidates || candidates.length < 2 || !tracing()) return;
    trace({
      type: 'speaker',
      about: 'pronoun',
      target,
      paragraph,
      start,
      end,
      candidates: candidates.map((c) => ({ name: () => canonical(c.entity).name, features: c.features })),
    });
  }

  private report(p: Paragraph, i: number, si: number, act: Indirect, s: number, e: number, events: Event[], entity: Entity): void {
    const sentence = p.sentenceBase + si;
    const here = this.foundIn(p.sentenceBase + si);
    if (here.some((f) => f.kind === 'indirect' && f.entity === entity && f.start < act.end && act.start < f.end)) return;
    // "Ivory Coast and Ghana warned …": one statement made by two speakers together.
    const same = here.find((f) => f.kind === 'indirect' && f.start === act.start && f.end === act.end && f.entity !== null);
    if (same && same.entity) {
      same.entity = this.entities.joint([same.entity, entity], whereOf(p, act.at, si)) ?? same.entity;
      return;
    }
    const rec: Found = { paragraph: i, start: act.start, end: act.end, kind: 'indirect', entity, how: 'cue', pos: p.base + act.start, sentence };
    this.found.push(rec);
    this.foundIn(sentence).push(rec);
    events.push({ pos: rec.pos, sentence, entity });
    noteSpeakersDocuments(p, s, e, entity, si, this.entities);
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
    // Only the events near the quote matter; a paragraph may be a whole book on one line.
    const nearby = [...eventsAround(events, rec.sentence), ...eventsAround(filled, rec.sentence)].sort((a, b) => a.pos - b.pos);
    const before = nearby.filter((ev) => ev.pos < rec.pos);
    let entity: Entity | null = null;
    let how: Found['how'] = 'none';
    // Sure ones first: the first part of the same quote, a label line above it.
    if (rec.before?.entity) [entity, how] = [rec.before.entity, 'chain'];
    else if (p.label && rec.start <= 1 && !before.length) [entity, how] = [this.labelEntity(p), 'label'];
    else {
      const candidates = floatingCandidates(this.floatingSources(p, i, rec, nearby, before), {
        partial: rec.kind === 'partial',
        few: (p.text.slice(rec.start, rec.end).match(LETTER_RUNS) ?? []).length < 3,
        text: p.text.slice(rec.start, rec.end),
        opens: rec.start <= 1,
      });
      entity = bestCandidate(candidates);
      how = 'near';
      if (tracing() && candidates.length > 1) {
        trace({
          type: 'speaker',
          about: 'quote',
          target: 'quote',
          paragraph: i,
          start: rec.start,
          end: rec.end,
          candidates: candidates.map((c) => ({ name: () => canonical(c.entity).name, features: c.features })),
        });
      }
    }
    if (!entity) return;
    this.assign(rec, entity, how, filled);
    this.entities.record(entity, whereOf(p, tokenAt(p.tokens, rec.start - 1), rec.sentence - p.sentenceBase), { subject: false, speaker: true });
  }

  /** The speakers around a quote with no cue, and the people the text before it is about, each with where it was found. */
  private floatingSources(p: Paragraph, i: number, rec: Found, nearby: Event[], before: Event[]): { entity: Entity | null; source: Source }[] {
    const out: { entity: Entity | null; source: Source }[] = [];
    const quiet: Resolve = (m, at, sentence) => this.entities.resolve(m, whereOf(p, at, sentence));
    for (const ev of nearby) if (ev.sentence === rec.sentence) out.push({ entity: ev.entity, source: 'sentence' });
    const latest = latestEvent(before);
    if (latest) out.push({ entity: latest, source: 'latest' });
    for (const ev of before) if (ev.entity !== latest) out.push({ entity: ev.entity, source: 'earlier' });
    for (const ev of nearby) if (ev.pos > rec.pos && ev.sentence !== rec.sentence) out.push({ entity: ev.entity, source: 'after' });
    if (p.dash) out.push({ entity: quiet(p.dash, 0, 0), source: 'dash' });
    out.push({ entity: subjectBefore(p, rec.sentence - p.sentenceBase, quiet), source: 'subject' });
    const split = [...this.foundIn(rec.sentence), ...this.foundIn(rec.sentence + 1)].find((f) => f.pos > rec.pos && f.how === 'cue' && f.kind === 'direct');
    if (split?.entity) out.push({ entity: split.entity, source: 'split' });
    // The paragraph before, when the quote opens its section's run of paragraphs.
    const sameSection = i > 0 && this.paragraphs[i - 1].section === p.section;
    if (sameSection) {
      const previous = latestEvent([...(this.events[i - 1] ?? []), ...(this.filled[i - 1] ?? [])]);
      if (previous) out.push({ entity: previous, source: 'previous' });
      else {
        out.push({
          entity: paragraphSubject(this.paragraphs[i - 1], (m, at, sentence) => this.entities.resolve(m, whereOf(this.paragraphs[i - 1], at, sentence))),
          source: 'previousSubject',
        });
        const older =
          i > 1 && this.paragraphs[i - 2].section === p.section ? latestEvent([...(this.events[i - 2] ?? []), ...(this.filled[i - 2] ?? [])]) : null;
        if (older) out.push({ entity: older, source: 'older' });
      }
    }
    return out;
  }
}

function lastWord(e: Entity): string {
  return e.words[e.words.length - 1] ?? '';
}

/** "Two Labour MPs", "three residents": a phrase for several people, whose names may follow. */
function pluralHead(tokens: Token[], range: Range): boolean {
  const head = tokens[range.to - 1];
  return head.kind === 'word' && (isPluralTitle(head.text) || (!head.cap && isPersonPlural(head.lower)));
}
