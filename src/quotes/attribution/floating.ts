// The speaker of a quote with no cue of its own (a "floating" quote): the
// candidates are the speakers heard around it and the people the sentences
// before it are about, each tagged with where it was found; a fitted ranker
// (models/weights.ts) chooses among them by those sources, the quote's shape
// and the candidate's kind.
import { clauseSubject, phraseBefore } from '../phrases/index.js';
import { describe, type Mention } from '../mentions/index.js';
import { QUOTE_SPEAKER_WEIGHTS, linearScore, type Features } from '../models/index.js';
import { canonical, type Entity } from '../entities/index.js';
import { METONYMS, isPlace } from '../lexicon/index.js';
import type { Paragraph } from './paragraphs.js';

/** Where a candidate was found. */
export type Source =
  | 'sentence' // a speaker of the quote's own sentence
  | 'latest' // the last speaker before the quote in its paragraph
  | 'earlier' // another speaker before it in its paragraph
  | 'after' // a speaker after it in its paragraph
  | 'dash' // the dash line under a block quote
  | 'subject' // the person the sentence before is about
  | 'split' // the cue of the next part of a split quote
  | 'previous' // the last speaker of the paragraph before
  | 'previousSubject' // the person the paragraph before is about, when nobody spoke there
  | 'older'; // the last speaker two paragraphs back, when nobody spoke in between

export interface Candidate {
  entity: Entity;
  features: Features;
}

/** What the ranker reads about the quote itself. */
export interface QuoteShape {
  partial: boolean;
  /** Fewer than three words: a term more often than speech. */
  few: boolean;
  /** The quoted words, to see whether they name the candidate. */
  text: string;
  /** The quote opens its paragraph. */
  opens: boolean;
}

/** A resolver that finds the entity a mention names without recording it as a speaker. */
export type Resolve = (m: Mention, at: number, sentence: number) => Entity | null;

const isPersonal = (m: Mention): boolean => m.kind === 'person' || m.kind === 'descriptor' || (m.kind === 'pronoun' && (m.name === 'he' || m.name === 'she'));

/** The person the sentence before sentence `si` of paragraph `p` is about, unless it holds a quote. */
export function subjectBefore(p: Paragraph, si: number, resolve: Resolve): Entity | null {
  if (si <= 0) return null;
  const [s, e] = p.sentences[si - 1];
  for (let k = s; k < e; k++) if (p.tokens[k].kind === 'quote') return null;
  const ref = clauseSubject(p.tokens, s, e);
  if (!ref) return null;
  const m = describe(p.text, p.tokens, ref.range, ref.appos);
  return isPersonal(m) ? resolve(m, ref.range.from, si - 1) : null;
}

/** The person a paragraph with no quotes is about: the subject of its last sentence that has a personal one. */
export function paragraphSubject(p: Paragraph, resolve: Resolve): Entity | null {
  if (p.spans.length > 0) return null;
  // "Our chief reporter Ann Roe:" on a line of its own labels the quoted paragraphs under it.
  const last = p.tokens.length - 1;
  if (p.sentences.length === 1 && p.tokens[last]?.text === ':') {
    const range = phraseBefore(p.tokens, last, 0);
    if (range && range.from === 0) {
      const m = describe(p.text, p.tokens, range);
      if (isPersonal(m)) return resolve(m, 0, 0);
    }
  }
  for (let si = p.sentences.length - 1; si >= 0; si--) {
    const [s, e] = p.sentences[si];
    const ref = clauseSubject(p.tokens, s, e);
    if (!ref) continue;
    const m = describe(p.text, p.tokens, ref.range, ref.appos);
    if (isPersonal(m)) return resolve(m, ref.range.from, si);
  }
  return null;
}

const KIND: Record<Entity['kind'], string> = { person: 'person', descriptor: 'person', org: 'body', group: 'group', document: 'document' };

/** Every candidate once, with the features of all the sources it was found through. */
export function floatingCandidates(found: { entity: Entity | null; source: Source }[], shape: QuoteShape): Candidate[] {
  const byEntity = new Map<Entity, Features>();
  const quoted = shape.text.toLowerCase();
  for (const { entity, source } of found) {
    if (!entity) continue;
    const e = canonical(entity);
    let f = byEntity.get(e);
    if (!f) {
      // A place speaks only as its government, and seldom in a quote with no cue.
      const place = e.kind !== 'person' && e.kind !== 'descriptor' && (isPlace(e.name) || METONYMS.has(e.name.toLowerCase()));
      f = { [`kind:${place ? 'place' : KIND[e.kind]}`]: 1 };
      const last = e.name.split(' ').pop()?.toLowerCase() ?? '';
      // A quote that names someone is seldom their own words.
      if (last.length > 2 && quoted.includes(last)) f.namedInQuote = 1;
      byEntity.set(e, f);
    }
    f[source] = 1;
    if (shape.partial) f[`${source}:partial`] = 1;
    if (shape.few) f[`${source}:few`] = 1;
    if (shape.opens) f[`${source}:opens`] = 1;
  }
  return [...byEntity].map(([entity, features]) => ({ entity, features }));
}

/** The best-scoring candidate, or null when there is none. */
export function bestCandidate(candidates: Candidate[]): Entity | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = linearScore(QUOTE_SPEAKER_WEIGHTS, c.features);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best?.entity ?? null;
}
