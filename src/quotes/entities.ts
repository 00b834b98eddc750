// Who is who: every mention of a speaker is linked to one entity, under the
// fullest name the article gives. Surnames join full names, acronyms join the
// bodies they abbreviate, capitals join their countries, "the official" joins
// the official described before, and pronouns go to the nearest fitting subject.
import { formerOrLatter, pronounAntecedent, recentPerson } from './antecedents.js';
import { canonical, isPersonLike, type Entity, type EntityKind, type MentionRecord, type Where } from './entity.js';
import { BODY_SYNONYMS, NATIONALITIES, ORG_WORDS, PERSON_NOUNS, TITLE_WORDS } from './lexicon/nouns.js';
import { NATIONALITY_NOUN, type Mention } from './mentions.js';
import { nameKey } from './name-key.js';
import { BODY_KIN, COUNTRY_OF, TITLE_ABBREVIATIONS, descriptionWords, initials, isVoiceNoun, kinBody, latest, push } from './entity-lookup.js';
import { NAME_PARTICLES, isPersonPlural } from './words.js';

const EPITHET_WINDOW = 3;
// How many paragraphs a described speaker may wait for their name.
const WAITING_PARAGRAPHS = 3;
// How many paragraphs after the description the name must first appear.
const NAMED_WITHIN = 2;
// How many paragraphs back a bare "a spokesperson" may look for the body that spoke.
const SPOKESPERSON_WINDOW = 2;
const PRONOUN_WINDOW = 2;
const FAR_PRONOUN_WINDOW = 6;
// The most mentions any look-back reads.
const MAX_LOOKBACK = 400;

export type { Entity, EntityKind, Where } from './entity.js';

// Module-level predicates: closures made per call are costly in a hot loop.
function isPerson(e: Entity): boolean {
  return e.kind === 'person';
}

function isBody(e: Entity): boolean {
  return e.kind === 'org' || e.kind === 'group';
}

/** `short` is the end of `long`: "goddard" of "stacie goddard". */
function isSuffix(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  for (let k = 0; k < short.length; k++) if (long[offset + k] !== short[k]) return false;
  return true;
}

/** `part` stands somewhere in `whole`, word for word, and is shorter. */
function isInside(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    let k = 0;
    while (k < part.length && whole[start + k] === part[k]) k++;
    if (k === part.length) return true;
  }
  return false;
}

/** "WHO", "U.N.", "NATO's": capitals only, once dots and a possessive are set aside. */
function isAcronymName(name: string): boolean {
  // Most names fail on their first two letters.
  const c0 = name.charCodeAt(0);
  const c1 = name.charCodeAt(1);
  if ((c0 !== 46 && (c0 < 65 || c0 > 90)) || (c1 >= 97 && c1 <= 122)) return false;
  return /^[A-Z]{2,}$/.test(name.replace(/\./g, '').replace(/['’]s$/, ''));
}

/**
 * Records (oldest first) ordered by position, the newer first where two share
 * one. Records are nearly in order already (the speaker of a floating quote is
 * recorded after its paragraph, a cue's speaker after the names of its
 * sentence), so an insertion sort does little work.
 */
function byPosition(list: MentionRecord[]): MentionRecord[] {
  for (let k = 1; k < list.length; k++) {
    const x = list[k];
    let j = k - 1;
    while (j >= 0 && list[j].pos >= x.pos) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

/** A title a lede may give before the name: "the Chancellor", "its governor", "its owner" (not "a spokesperson", "the 45-year-old"). */
function isWaitingTitle(head: string): boolean {
  return (TITLE_WORDS.has(head) || head === 'owner') && !isVoiceNoun(head);
}

/** Index `e` under `key` in `map`, unless `seen` says it already is. */
function addOnce(seen: Set<string>, map: Map<string, Entity[]>, tag: string, key: string, e: Entity): void {
  const id = `${tag}\u0000${key}`;
  if (seen.has(id)) return;
  seen.add(id);
  push(map, key, e);
}

export class Entities {
  private all: Entity[] = [];
  private records: MentionRecord[] = [];
  /** Documents by head noun, with whoever issued them. */
  private documents: { head: string; entity: Entity; pos: number }[] = [];
  // Indexes, so that a long article does not compare every mention with every entity.
  private byAlias = new Map<string, Entity[]>();
  private byWord = new Map<string, Entity[]>();
  private byHead = new Map<string, Entity[]>();
  private byCountry = new Map<string, Entity[]>();
  private byInitials = new Map<string, Entity[]>();
  private byRoleWord = new Map<string, Entity[]>();
  private indexed = new Map<Entity, Set<string>>();

  get list(): readonly Entity[] {
    return this.all;
  }

  /** Index what is new about `e`: keys already indexed are skipped, so a long article stays linear. */
  private reindex(e: Entity): void {
    let seen = this.indexed.get(e);
    if (!seen) this.indexed.set(e, (seen = new Set<string>()));
    for (const a of e.aliases) {
      addOnce(seen, this.byAlias, 'a', a, e);
      const country = COUNTRY_OF.get(a);
      if (country) addOnce(seen, this.byCountry, 'c', country, e);
    }
    for (const w of e.kind === 'person' ? e.words : nameKey(e.name).split(' ')) addOnce(seen, this.byWord, 'w', w, e);
    if (e.head) addOnce(seen, this.byHead, 'h', e.head, e);
    if (e.kind === 'org' || e.kind === 'group') addOnce(seen, this.byInitials, 'i', initials(e.name), e);
    // "Sen. Ann Roe" is "the senator" later.
    if (e.role) for (const w of nameKey(e.role).split(' ')) for (const f of TITLE_ABBREVIATIONS.get(w) ?? [w]) addOnce(seen, this.byRoleWord, 'r', f, e);
  }

  private create(m: Mention, at: Where): Entity {
    const entity: Entity = {
      id: this.all.length,
      name: m.kind === 'group' || m.kind === 'descriptor' ? m.name.replace(/^(?:the|a|an)\s+/i, '') : m.name,
      kind: m.kind as EntityKind,
      role: m.role,
      gender: m.gender,
      words: m.kind === 'person' ? nameKey(m.name).split(' ') : [],
      aliases: new Set([nameKey(m.name), ...m.acronyms.map(nameKey)]),
      head: m.head,
      modifiers: descriptionWords(m.name, m.head),
      lastSeen: at.pos,
      spoke: false,
      born: at.paragraph,
    };
    this.all.push(entity);
    this.reindex(entity);
    return entity;
  }

  /** Note that `entity` is mentioned at `at`. */
  record(mentioned: Entity, at: Where, flags: { subject: boolean; speaker: boolean; personal?: boolean; named?: boolean }): void {
    const entity = canonical(mentioned);
    entity.lastSeen = Math.max(entity.lastSeen, at.pos);
    if (flags.speaker && !entity.spoke && entity.kind === 'person') this.nameWaitingDescription(entity, at);
    if (flags.speaker) entity.spoke = true;
    this.records.push({
      pos: at.pos, sentence: at.sentence, paragraph: at.paragraph, entity,
      subject: flags.subject, speaker: flags.speaker, personal: flags.personal ?? false, named: flags.named ?? false,
    });
  }

  /** Whether a one-word name is the name or surname of someone met before. */
  knows(word: string): boolean {
    // A hyphenated surname is two words in the key: "Nwosu-Bello" of "Amara Nwosu-Bello".
    const words = nameKey(word).split(' ');
    const known = (e: Entity): boolean => e.kind === 'person' && e.words.length > 1 && (words.length === 1 || isInside(words, e.words) || words.join(' ') === e.words.join(' '));
    return (this.byWord.get(words[0]) ?? []).some(known);
  }

  /** The entity a phrase refers to, created if it is new; null for a pronoun with no antecedent. */
  resolve(m: Mention, at: Where): Entity | null {
    const found = this.link(m, at);
    return found ? canonical(found) : null;
  }

  private link(m: Mention, at: Where): Entity | null {
    switch (m.kind) {
      case 'pronoun':
        return this.resolvePronoun(m.name, at);
      case 'person':
        return this.linkPerson(m, at);
      case 'org':
        return this.linkOrg(m, at);
      case 'document':
        return this.linkDocument(m, at);
      default:
        return this.linkDescription(m, at);
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
      const d = this.all[i];
      if (d.kind === 'person' && d.spoke && !d.same) return;
      if (d.kind !== 'descriptor' || !d.spoke || d.same || !d.head || !isWaitingTitle(d.head)) continue;
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

  private absorb(found: Entity, m: Mention): Entity {
    const entity = canonical(found);
    const before = entity.aliases.size;
    entity.aliases.add(nameKey(m.name));
    for (const a of m.acronyms) entity.aliases.add(nameKey(a));
    // A fuller description replaces a part of it: "Association" → "Chair of the … Association".
    const newRole = m.role !== null && (!entity.role || (m.role.length > entity.role.length && m.role.includes(entity.role)));
    if (newRole) entity.role = m.role;
    if (!entity.gender && m.gender) entity.gender = m.gender;
    // Most mentions repeat a known form: index only when something is new.
    if (entity.aliases.size !== before || newRole) this.reindex(entity);
    return entity;
  }

  private linkPerson(m: Mention, at: Where): Entity {
    const key = nameKey(m.name);
    const exact = latest(this.byAlias.get(key), isPerson);
    if (exact) return this.absorb(exact, m);
    const words = key.split(' ');
    const last = words[words.length - 1];
    // "Goddard", "von der Leyen", "Sarwar Khan" after the full name.
    const shorter = latest(this.byWord.get(last), (e) => isPerson(e) && isSuffix(words, e.words));
    if (shorter) return this.absorb(shorter, m);
    // The full name after a surname: the entity takes the fuller name.
    const longer = latest(this.byWord.get(last), (e) => isPerson(e) && e.words.length === 1 && isSuffix(e.words, words));
    if (longer) {
      longer.name = m.name;
      longer.words = words;
      this.reindex(longer);
      return this.absorb(longer, m);
    }
    if (words.length === 1) {
      // A single word that opens a known name: "Xi", "Kim" (family name first).
      const first = latest(this.byWord.get(last), (e) => isPerson(e) && e.words.length > 1 && e.words[0] === last && !NAME_PARTICLES.has(last));
      if (first) return this.absorb(first, m);
    }
    // Part of a known name from its middle: "Fung" or "Angela Chan" after "Leo Fung Chi-keung",
    // "Angela Chan Mei-ling" (a Western given name, the family name, then the Chinese given name).
    if (!NAME_PARTICLES.has(words[0])) {
      const inside = latest(this.byWord.get(words[0]), (e) => isPerson(e) && isInside(words, e.words));
      if (inside) return this.absorb(inside, m);
    }
    if (words.length === 1) {
      const body = this.findBody(key, m.name);
      if (body) return body;
    }
    return this.create(m, at);
  }

  private findBody(key: string, name: string): Entity | null {
    const country = COUNTRY_OF.get(key);
    const acronym = isAcronymName(name) ? key.replace(/ /g, '') : null;
    return (
      latest(this.byAlias.get(key), isBody) ??
      (country !== undefined ? latest(this.byCountry.get(country), isBody) : null) ??
      (acronym !== null ? latest(this.byInitials.get(acronym), isBody) : null)
    );
  }

  private linkOrg(m: Mention, at: Where): Entity {
    const key = nameKey(m.name);
    const body = this.findBody(key, m.name);
    if (body) {
      // "Beijing" met first, then "China": the country's own name is the fuller one.
      if (COUNTRY_OF.get(key) === key && nameKey(body.name) !== key) body.name = m.name;
      return this.absorb(body, m);
    }
    // "the DCP", "the CEO": an acronym that is the title of a person already met.
    if (!key.includes(' ') && isAcronymName(m.name)) {
      const titled = latest(this.byRoleWord.get(key), isPerson);
      if (titled) return this.absorb(titled, m);
    }
    // A one-word "body" that is the surname of a person already met is that person.
    if (!key.includes(' ')) {
      const person = latest(this.byWord.get(key), (e) => e.kind === 'person' && e.words[e.words.length - 1] === key);
      if (person) return this.absorb(person, m);
    }
    return this.create(m, at);
  }

  private linkDescription(m: Mention, at: Where): Entity {
    const key = nameKey(m.name);
    const head = m.head ? BODY_SYNONYMS.get(m.head) ?? m.head : null;
    const mods = descriptionWords(m.name, m.head);
    const exact = latest(this.byAlias.get(key), (e) => e.kind !== 'person');
    if (exact) return this.absorb(exact, m);
    const fits = (e: Entity): boolean =>
      (e.kind === 'group' || e.kind === 'descriptor') && [...mods].every((w) => e.modifiers.has(w) || e.aliases.has(w));
    // "police", then "cybercrime police": one force, described more closely (not so "officials", then "Chinese officials").
    const closer = (e: Entity): boolean => e.kind === 'group' && e.modifiers.size === 0 && m.kind === 'group' && !isPersonPlural(head ?? '');
    if (head && (m.definite || m.kind === 'group' || mods.size === 0)) {
      const same = latest(this.byHead.get(head), (e) => fits(e) || closer(e));
      if (same) return this.absorb(same, m);
    }
    // "the company", "the force": the body of that kind named just before.
    // Any other body word stands for a body with that word in its name: "the institute".
    const kin = head && m.definite && mods.size === 0 ? BODY_KIN[head] ?? (ORG_WORDS.has(head) ? [head] : undefined) : undefined;
    if (kin) {
      const body = kinBody(this.all, kin, at);
      if (body) return this.absorb(body, m);
    }
    // An unnamed spokesperson speaks for a body: "a ministry spokesman", "a spokesperson", "district officials".
    const voiced = head && isVoiceNoun(head) ? this.voicedBody(m, head, mods, at) : null;
    if (voiced) return this.absorb(voiced, m);
    if (head && m.kind === 'descriptor') {
      if (m.definite) {
        // "the minister": the person whose title says so.
        const titled = latest(this.byRoleWord.get(head), (e) => e.kind === 'person');
        if (titled) return this.absorb(titled, m);
        // "the 45-year-old", "the Welshman": another way of naming the person just met.
        // "the Chinese diplomat" too, when that person's description shares a word with it.
        const aged = /\b\d+-year-old\b/.test(m.name);
        const epithet = aged || NATIONALITY_NOUN.test(m.name) || NATIONALITIES.has(head);
        if (epithet || PERSON_NOUNS.has(head)) {
          const recent = recentPerson(this.recentRecords(at, EPITHET_WINDOW));
          const roleWords = recent?.role ? nameKey(recent.role).split(' ') : [];
          if (recent && (epithet || roleWords.includes(head) || [...mods].some((w) => roleWords.includes(w)))) return this.absorb(recent, m);
        }
      }
    }
    return this.create(m, at);
  }

  /**
   * The body an unnamed spokesperson or officials speak for. A word before the
   * noun names its kind or the body ("a company spokesperson", "district
   * officials", "a Treasury spokesperson"); a spokesperson with no such word
   * speaks for the body that has just spoken.
   */
  private voicedBody(m: Mention, head: string, mods: Set<string>, at: Where): Entity | null {
    // Only the word right before the noun says whose voice it is: not "… officials at the defense forum".
    const words = nameKey(m.name).split(' ');
    const at0 = words.indexOf(head);
    if (at0 < 0 || at0 < words.length - 1) return null;
    const before = at0 > 0 ? words[at0 - 1] : undefined;
    if (before !== undefined && mods.has(before)) {
      const kin = head !== 'officials' ? BODY_KIN[before] : undefined;
      return (
        // "the government has said …; a government spokesperson": the body of that very name comes first.
        latest(this.byAlias.get(before), (e) => e.spoke && isBody(e)) ??
        (kin ? kinBody(this.all, kin, at) : null) ??
        latest(this.byHead.get(before), (e) => e.spoke && isBody(e)) ??
        (head !== 'officials' ? latest(this.byWord.get(before), (e) => e.spoke && e.kind === 'org' && [...mods].every((x) => nameKey(e.name).split(' ').includes(x))) : null)
      );
    }
    if (mods.size > 0 || head === 'officials') return null;
    const recent = this.recentRecords(at, SPOKESPERSON_WINDOW);
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i].speaker && isBody(recent[i].entity)) return recent[i].entity;
    return null;
  }

  private linkDocument(m: Mention, at: Where): Entity {
    if (m.owner) {
      const owner = this.resolve(m.owner, at);
      if (owner && m.head) this.documents.push({ head: m.head, entity: owner, pos: at.pos });
      if (owner) return owner;
    }
    if (m.definite && m.head) {
      for (let i = this.documents.length - 1; i >= 0; i--) {
        if (this.documents[i].head === m.head) return this.documents[i].entity;
      }
    }
    const key = nameKey(m.name);
    const same = latest(this.byAlias.get(key), (e) => e.kind === 'document');
    const entity = same ? this.absorb(same, m) : this.create(m, at);
    if (m.head) this.documents.push({ head: m.head, entity, pos: at.pos });
    return entity;
  }

  /** A document named in a sentence whose speaker is `owner`: "X issued a joint statement". */
  noteDocument(head: string, owner: Entity, at: Where): void {
    this.documents.push({ head, entity: owner, pos: at.pos });
  }

  /** Records of the last few paragraphs before `at`, most recent last. */
  private recentRecords(at: Where, window: number): MentionRecord[] {
    // Bounded: a paragraph may be a whole book on one line.
    let from = this.records.length;
    for (let seen = 0; from > 0 && seen < MAX_LOOKBACK; seen++) {
      if (this.records[from - 1].paragraph < at.paragraph - window) break;
      from--;
    }
    const out: MentionRecord[] = [];
    for (let i = from; i < this.records.length; i++) if (this.records[i].pos < at.pos) out.push(this.records[i]);
    return byPosition(out);
  }

  /** "both of them": the two people last named, in the order they were named. */
  pairAt(at: Where): Entity[] {
    const people: Entity[] = [];
    const recent = this.recentRecords(at, PRONOUN_WINDOW);
    for (let i = recent.length - 1; i >= 0 && people.length < 2; i--) {
      const e = canonical(recent[i].entity);
      if ((recent[i].named || recent[i].speaker) && isPersonLike(e) && !people.includes(e)) people.unshift(e);
    }
    return people.length === 2 ? people : [];
  }

  private resolvePronoun(pronoun: string, at: Where): Entity | null {
    if (pronoun === 'former' || pronoun === 'latter') return formerOrLatter(this.recentRecords(at, 1), pronoun);
    const near = pronounAntecedent(this.recentRecords(at, PRONOUN_WINDOW), pronoun, at);
    if (near || (pronoun !== 'he' && pronoun !== 'she')) return near;
    // A "she" with nobody near: the last woman named or heard a little further back.
    const gender = pronoun === 'he' ? 'm' : 'f';
    const far = this.recentRecords(at, FAR_PRONOUN_WINDOW);
    for (let i = far.length - 1; i >= 0; i--) if (far[i].entity.gender === gender && (far[i].named || far[i].speaker)) return far[i].entity;
    return null;
  }
}
