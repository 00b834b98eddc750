// Who is who: every mention of a speaker is linked to one entity, under the
// fullest name the article gives. Surnames join full names, acronyms join the
// bodies they abbreviate, capitals join their countries, "the official" joins
// the official described before, and pronouns go to the nearest fitting subject.
// This is the registry that records mentions and sends each to its rule: names
// in link-names.ts, descriptions in link-descriptions.ts, pronouns and
// documents here.
import { formerOrLatter, pronounAntecedent } from './pronouns.js';
import { antecedents, bestAntecedent, type Antecedent } from './antecedent-ranker.js';
import { membersKey, membersOf, namedParts } from './joint.js';
import { issuerInName } from './issuer.js';
import { PRONOUN_WEIGHTS } from '../models/index.js';
import { canonical, isPersonLike, type Entity, type MentionRecord, type Where } from './entity.js';
import { EntityIndex } from './entity-index.js';
import { isVoiceNoun, latest } from './entity-lookup.js';
import { TITLE_WORDS } from '../lexicon/index.js';
import { linkDescription } from './link-descriptions.js';
import { knowsName, linkOrg, linkPerson } from './link-names.js';
import { MentionLog } from './mention-log.js';
import type { Mention } from '../mentions/index.js';
import { nameKey } from '../mentions/index.js';

// An office named in capitals, in two words or more.
const OFFICE_NAME = /^\p{Lu}\S*\s+\p{Lu}/u;
// How many paragraphs a described speaker may wait for their name.
const WAITING_PARAGRAPHS = 3;
// How many paragraphs after the description the name must first appear.
const NAMED_WITHIN = 2;
// How many paragraphs back a pronoun looks for its antecedent, and a lone "he" or "she" at most.
const PRONOUN_WINDOW = 2;
const FAR_PRONOUN_WINDOW = 6;

export type { Entity, EntityKind, Where } from './entity.js';

/** A title a lede may give before the name: "the Chancellor", "its governor", "its owner" (not "a spokesperson", "the 45-year-old"). */
function isWaitingTitle(head: string): boolean {
  return (TITLE_WORDS.has(head) || head === 'owner') && !isVoiceNoun(head);
}

export class Entities {
  private index = new EntityIndex();
  private log = new MentionLog();
  /** Documents by head noun, with whoever issued them. */
  private documents: { head: string; entity: Entity; pos: number }[] = [];
  /** Joint entities by the ids of their members. */
  private joints = new Map<string, Entity>();

  get list(): readonly Entity[] {
    return this.index.all;
  }

  /** Note that `entity` is mentioned at `at`. */
  record(mentioned: Entity, at: Where, flags: { subject: boolean; speaker: boolean; personal?: boolean; named?: boolean }): void {
    const entity = canonical(mentioned);
    entity.lastSeen = Math.max(entity.lastSeen, at.pos);
    if (flags.speaker && !entity.spoke && entity.kind === 'person') this.nameWaitingDescription(entity, at);
    if (flags.speaker) entity.spoke = true;
    this.log.add({
      pos: at.pos,
      sentence: at.sentence,
      paragraph: at.paragraph,
      entity,
      subject: flags.subject,
      speaker: flags.speaker,
      personal: flags.personal ?? false,
      named: flags.named ?? false,
    });
  }

  /** Whether a one-word name is the name or surname of someone met before. */
  knows(word: string): boolean {
    return knowsName(this.index, word);
  }

  /** The entity a phrase refers to, created if it is new; null for a pronoun with no antecedent. */
  resolve(m: Mention, at: Where): Entity | null {
    const found = this.link(m, at);
    return found ? canonical(found) : null;
  }

  private link(m: Mention, at: Where): Entity | null {
    // "the chairs of …, Ana Ruiz and Tom Hale,": a mention that names two speakers is both of them.
    const parts = m.kind === 'group' || m.kind === 'org' ? namedParts(m.name, (w) => this.knows(w)) : null;
    if (parts)
      return this.joint(
        parts.map((part) => this.resolve(part, at)),
        at,
      );
    switch (m.kind) {
      case 'pronoun':
        return this.resolvePronoun(m.name, at);
      case 'person':
        return linkPerson(this.index, m, at);
      case 'org':
        return linkOrg(this.index, m, at);
      case 'document':
        return this.linkDocument(m, at);
      default:
        return linkDescription(this.index, this.log, m, at);
    }
  }

  /**
   * "… its governor announced on Tuesday." then "«…» Matthias Oberhollenzer told
   * reporters": a lede often describes a speaker and names them a paragraph
   * later. When a person speaks for the first time, a titled description that
   * spoke just before, with no other named speaker in between and nothing in
   * the name's own title against it, is that person.
   */
  private nameWaitingDescription(person: Entity, at: Where): void {
    for (let i = person.id - 1; i >= 0; i--) {
      const d = this.index.all[i];
      if (d.kind === 'person' && d.spoke && !d.same) return;
      // "The Presiding Officer", "the Chief Medical Officer": a named office of its own, not a lede's description.
      if (d.kind !== 'descriptor' || !d.spoke || d.same || !d.head || !isWaitingTitle(d.head) || OFFICE_NAME.test(d.name)) continue;
      // The name comes soon after the description, and is new there.
      if (at.paragraph - d.born > WAITING_PARAGRAPHS || person.born < d.born || person.born - d.born > NAMED_WITHIN) return;
      const genders = !d.gender || !person.gender || d.gender === person.gender;
      const roles = !person.role || nameKey(person.role).split(' ').includes(d.head);
      if (genders && roles) {
        d.same = person;
        person.role ??= d.name;
        person.gender ??= d.gender;
      }
      return;
    }
  }

  private linkDocument(m: Mention, at: Where): Entity {
    // "a report by X", "the team's injury report", "a UN report": the document's issuer speaks.
    const issuer = m.owner ?? issuerInName(m);
    if (issuer) {
      const owner = this.resolve(issuer, at);
      if (owner && m.head) this.documents.push({ head: m.head, entity: owner, pos: at.pos });
      if (owner) return owner;
    }
    if (m.definite && m.head) {
      for (let i = this.documents.length - 1; i >= 0; i--) {
        if (this.documents[i].head === m.head) return this.documents[i].entity;
      }
    }
    const key = nameKey(m.name);
    const same = latest(this.index.byAlias.get(key), (e) => e.kind === 'document');
    const entity = same ? this.index.absorb(same, m) : this.index.create(m, at);
    if (m.head) this.documents.push({ head: m.head, entity, pos: at.pos });
    return entity;
  }

  /** A document named in a sentence whose speaker is `owner`: "X issued a joint statement". */
  noteDocument(head: string, owner: Entity, at: Where): void {
    this.documents.push({ head, entity: owner, pos: at.pos });
  }

  /** "both of them", "the two companies": the two people (or bodies) last named, in the order they were named. */
  pairAt(at: Where, bodies = false): Entity[] {
    const found: Entity[] = [];
    const recent = this.log.recent(at, PRONOUN_WINDOW);
    for (let i = recent.length - 1; i >= 0 && found.length < 2; i--) {
      const e = canonical(recent[i].entity);
      if (e.members) continue;
      const fits = bodies ? e.kind === 'org' : isPersonLike(e);
      if ((recent[i].named || recent[i].speaker) && fits && !found.includes(e)) found.unshift(e);
    }
    return found.length === 2 ? found : [];
  }

  /**
   * The people the latest sentence naming anyone named together, in their order:
   * "signed by Judges A, B and C" (then "the panel wrote"). Empty unless two or more,
   * and, for a plural such as "the judges", unless they were named under that title.
   */
  namedTogetherAt(at: Where, noun: string | null): Entity[] {
    const recent = this.log.recent(at, PRONOUN_WINDOW);
    const found: Entity[] = [];
    let sentence: MentionRecord | null = null;
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i];
      const e = canonical(r.entity);
      if (!r.named || e.members || !isPersonLike(e)) continue;
      if (sentence && (r.paragraph !== sentence.paragraph || r.sentence !== sentence.sentence)) break;
      sentence = r;
      if (!found.includes(e)) found.unshift(e);
    }
    if (found.length < 2) return [];
    // Named under the plural title itself ("Judges A, B and C"): a mayor and her town are not "the mayors".
    return noun && !found.some((e) => e.role?.toLowerCase().includes(noun)) ? [] : found;
  }

  /** The one entity that stands for `members` speaking together (a member alone when there is one). */
  joint(members: (Entity | null)[], at: Where): Entity | null {
    const list: Entity[] = [];
    for (const m of members) if (m) for (const c of membersOf(m)) if (!list.includes(c)) list.push(c);
    if (list.length < 2) return list[0] ?? null;
    const key = membersKey(list);
    let e = this.joints.get(key);
    if (!e) {
      e = this.index.create(
        { kind: 'group', name: list.map((x) => x.name).join(' and '), role: null, head: null, definite: false, gender: null, acronyms: [], owner: null },
        at,
      );
      e.members = list;
      this.joints.set(key, e);
    }
    return e;
  }

  /** The candidates the last pronoun was chosen among, for the trace the ranker is fitted on. */
  lastAntecedents: Antecedent[] = [];

  private resolvePronoun(pronoun: string, at: Where): Entity | null {
    if (pronoun === 'former' || pronoun === 'latter') return formerOrLatter(this.log.recent(at, 1), pronoun);
    if (pronoun === 'both') return this.joint(this.pairAt(at), at);
    const personal = pronoun === 'he' || pronoun === 'she';
    const candidates = antecedents(this.log.recent(at, personal ? FAR_PRONOUN_WINDOW : PRONOUN_WINDOW), pronoun, at);
    this.lastAntecedents = candidates;
    if (Object.keys(PRONOUN_WEIGHTS).length > 0) {
      const found = bestAntecedent(candidates);
      if (found && personal && !found.gender && found.kind === 'person') found.gender = pronoun === 'he' ? 'm' : 'f';
      return found;
    }
    // Before any weights are fitted: the ordered rules the ranker replaces.
    const near = pronounAntecedent(this.log.recent(at, PRONOUN_WINDOW), pronoun, at);
    if (near || (pronoun !== 'he' && pronoun !== 'she')) return near;
    // A "she" with nobody near: the last woman named or heard a little further back.
    const gender = pronoun === 'he' ? 'm' : 'f';
    const far = this.log.recent(at, FAR_PRONOUN_WINDOW);
    for (let i = far.length - 1; i >= 0; i--) if (far[i].entity.gender === gender && (far[i].named || far[i].speaker)) return far[i].entity;
    return null;
  }
}
