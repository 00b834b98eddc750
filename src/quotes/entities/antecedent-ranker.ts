// Who "he", "she", "it" or "they" stands for, chosen among the entities
// mentioned just before by a fitted ranker: each candidate is described by
// general features (how far back, whether it was the subject of its clause or
// a speaker, whether it was named, its gender and kind), and the weights that
// combine them are fitted on the development sets (models/weights.ts).
import { PRONOUN_WEIGHTS, linearScore, type Features } from '../models/index.js';
import { canonical, isPersonLike, isVoicedStudy, type Entity, type MentionRecord, type Where } from './entity.js';
import type { Gender } from '../lexicon/index.js';

export interface Antecedent {
  entity: Entity;
  features: Features;
}

/** Whether `e` can be what `pronoun` stands for at all (its kind, and a he/she's gender). */
function fits(pronoun: string, e: Entity, personal: boolean, wanted: Gender | null): boolean {
  if (pronoun === 'he' || pronoun === 'she') {
    // A one-word name is a person's once it has spoken ("Yusran said …; he added").
    const person = isPersonLike(e) || e.kind === 'descriptor' || personal || (e.kind === 'person' && e.spoke);
    return person && (e.gender === null || e.gender === wanted);
  }
  if (pronoun === 'it') return e.kind === 'org' || e.kind === 'document' || (e.kind === 'group' && !e.name.endsWith('s'));
  // "they" may stand for one unnamed person too ("a UN official … they said").
  if (pronoun === 'they') return e.kind === 'group' || e.kind === 'org' || e.kind === 'descriptor' || isVoicedStudy(e);
  return false;
}

const CLASS: Record<string, string> = { he: 'hs', she: 'hs', it: 'it', they: 'they' };

/**
 * The candidates for `pronoun` at `at` among `recent` mentions (oldest first),
 * each with its features. Empty when nothing fits.
 */
export function antecedents(recent: MentionRecord[], pronoun: string, at: Where): Antecedent[] {
  const wanted: Gender | null = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  const cls = CLASS[pronoun] ?? 'other';
  interface Seen {
    entity: Entity;
    last: MentionRecord;
    subject: boolean;
    subjectNear: boolean;
    spoke: boolean;
    named: boolean;
    personal: boolean;
    count: number;
  }
  const byEntity = new Map<Entity, Seen>();
  let lastSubject: Entity | null = null;
  let lastNamedSubject: Entity | null = null;
  let lastSpeaker: Entity | null = null;
  for (const r of recent) {
    const e = canonical(r.entity);
    let s = byEntity.get(e);
    if (!s) byEntity.set(e, (s = { entity: e, last: r, subject: false, subjectNear: false, spoke: false, named: false, personal: false, count: 0 }));
    s.last = r;
    s.count++;
    s.subject ||= r.subject;
    s.subjectNear ||= r.subject && at.sentence - r.sentence <= 1;
    s.spoke ||= r.speaker;
    s.named ||= r.named;
    s.personal ||= r.personal;
    if (!fits(pronoun, e, r.personal, wanted)) continue;
    if (r.subject) lastSubject = e;
    if (r.subject && r.named) lastNamedSubject = e;
    if (r.speaker) lastSpeaker = e;
  }
  const candidates = [...byEntity.values()].filter((s) => fits(pronoun, s.entity, s.personal, wanted));
  // Most recent first, for the rank features.
  candidates.sort((a, b) => b.last.pos - a.last.pos);
  return candidates.map((s, rank) => {
    const e = s.entity;
    const sentences = at.sentence - s.last.sentence;
    const paragraphs = at.paragraph - s.last.paragraph;
    const raw: Features = {
      sameSentence: sentences === 0 ? 1 : 0,
      prevSentence: sentences === 1 ? 1 : 0,
      sameParagraph: paragraphs === 0 ? 1 : 0,
      prevParagraph: paragraphs === 1 ? 1 : 0,
      farParagraph: paragraphs >= 2 ? 1 : 0,
      rank0: rank === 0 ? 1 : 0,
      rank1: rank === 1 ? 1 : 0,
      rank2: rank === 2 ? 1 : 0,
      subject: s.subject ? 1 : 0,
      subjectNear: s.subjectNear ? 1 : 0,
      lastSubject: e === lastSubject ? 1 : 0,
      lastNamedSubject: e === lastNamedSubject ? 1 : 0,
      lastSpeaker: e === lastSpeaker ? 1 : 0,
      spoke: s.spoke ? 1 : 0,
      named: s.named ? 1 : 0,
      often: s.count >= 3 ? 1 : 0,
      genderKnown: wanted !== null && e.gender === wanted ? 1 : 0,
      personLike: isPersonLike(e) ? 1 : 0,
      descriptor: e.kind === 'descriptor' ? 1 : 0,
      org: e.kind === 'org' ? 1 : 0,
      group: e.kind === 'group' ? 1 : 0,
      document: e.kind === 'document' ? 1 : 0,
    };
    // One weight per feature and kind of pronoun: "it" and "she" weigh recency differently.
    const features: Features = {};
    for (const k in raw) if (raw[k] !== 0) features[`${cls}:${k}`] = raw[k];
    return { entity: e, features };
  });
}

/** The best-scoring candidate, or null when there is none. */
export function bestAntecedent(candidates: Antecedent[]): Entity | null {
  let best: Antecedent | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = linearScore(PRONOUN_WEIGHTS, c.features);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best?.entity ?? null;
}
