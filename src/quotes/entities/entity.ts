// An entity is one speaker or other referent of the article: a person, a body,
// a described person or group, or a document. Records are its mentions.
import type { Gender } from '../lexicon/index.js';
import type { MentionKind } from '../mentions/index.js';
import { STUDY_PEOPLE } from '../lexicon/index.js';

export type EntityKind = Exclude<MentionKind, 'pronoun'>;

export interface Entity {
  id: number;
  name: string;
  kind: EntityKind;
  role: string | null;
  gender: Gender | null;
  /** Normalised words of a person's name, for surname and first-name links. */
  words: string[];
  /** Normalised forms the text has used. */
  aliases: Set<string>;
  /** Head noun of a description ("official") and its other words. */
  head: string | null;
  modifiers: Set<string>;
  lastSeen: number;
  /** The entity has been a speaker somewhere in the article. */
  spoke: boolean;
  /** The paragraph it was first met in. */
  born: number;
  /** For speakers who speak together ("X and Y said"): who they are. */
  members?: Entity[];
  /** Another entity found later to be the same one, under a fuller name. */
  same?: Entity;
}

/** The entity under its final name: a description named later is that named person. */
export function canonical(e: Entity): Entity {
  let c = e;
  while (c.same) c = c.same;
  return c;
}

/** Where a mention stands: reading position, sentence and paragraph ordinals. */
export interface Where {
  pos: number;
  sentence: number;
  paragraph: number;
}

/** One mention of an entity, as the pronoun and epithet rules see it. */
export interface MentionRecord extends Where {
  entity: Entity;
  subject: boolean;
  speaker: boolean;
  /** The mention described a person, even if it was linked to the body they speak for. */
  personal: boolean;
  /** The mention was a name, not a pronoun or description. */
  named: boolean;
}

/** A person for sure: a lone capitalised word with no title or gender may be a company ("Airbus"). */
export function isPersonLike(e: Entity): boolean {
  return e.kind === 'person' && (e.words.length > 1 || e.gender !== null || e.role !== null);
}

// Module-level predicates: closures made per call are costly in a hot loop.
export function isPerson(e: Entity): boolean {
  return e.kind === 'person';
}

export function isBody(e: Entity): boolean {
  return e.kind === 'org' || e.kind === 'group';
}

/** A study that its researchers have spoken for, so that "they" may stand for it. */
export function isVoicedStudy(e: Entity): boolean {
  if (e.kind !== 'document') return false;
  for (const w of STUDY_PEOPLE) if (e.aliases.has(w)) return true;
  return false;
}
