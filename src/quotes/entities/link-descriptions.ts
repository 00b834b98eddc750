// Linking rules for descriptions: "the company" to the company named before,
// "a ministry spokesperson" to the ministry, "the minister" to the person whose
// title says so, "the 45-year-old" to the person just met.
import { recentPerson } from './pronouns.js';
import { antecedents, bestAntecedent } from './antecedent-ranker.js';
import { bodyStartingWith } from './link-names.js';

const CAPITAL = /^\p{Lu}/u;
import { canonical, isBody, type Entity, type MentionRecord, type Where } from './entity.js';
import type { EntityIndex } from './entity-index.js';
import { describesCompany, isMakerHead } from './company-description.js';
import { descriptionWords, isVoiceNoun, kinBody, latest } from './entity-lookup.js';
import {
  GENERIC_PERSON_NOUNS,
  BODY_KIN,
  BODY_SYNONYMS,
  COMPANY,
  GROUP_NOUNS,
  NATIONALITIES,
  NATIONALITY_NOUN,
  ORG_WORDS,
  PERSON_NOUNS,
  STUDY_PEOPLE,
  isPersonPlural,
  RANK_MODIFIERS,
} from '../lexicon/index.js';
import type { MentionLog } from './mention-log.js';
import { type Mention, nameKey } from '../mentions/index.js';
import { COURT_SIDES, STUDIES } from '../lexicon/index.js';

// How many paragraphs back "the 45-year-old" may look for the person it describes.
const EPITHET_WINDOW = 3;
// How many paragraphs back "the company" is looked for as "it" would be (as in registry.ts).
const PRONOUN_WINDOW = 2;
const STUDY_WINDOW = 6000;
// How many paragraphs back a bare "a spokesperson" may look for the body that spoke.
const SPOKESPERSON_WINDOW = 2;

// A group named with the body it belongs to or what it knows: "analysts at X", "people familiar with …" (not where it lives: "residents of X").
const SPECIFIC = /\s(?:at|from|with)\s/;

/** The entity a description refers to: a body or person described or named before, or a new one. */
export function linkDescription(ix: EntityIndex, log: MentionLog, m: Mention, at: Where): Entity {
  const key = nameKey(m.name);
  const head = m.head ? (BODY_SYNONYMS.get(m.head) ?? m.head) : null;
  const mods = descriptionWords(m.name, m.head);
  const exact = latest(ix.byAlias.get(key), (e) => e.kind !== 'person');
  if (exact) return ix.absorb(exact, m);
  // "the General Staff" after "the General Staff of …'s Armed Forces": a title-like short form of a body.
  // Two words at least: one capital may be the sentence's ("Residents").
  if (CAPITAL.test(m.name) && key.includes(' ')) {
    const body = bodyStartingWith(ix, key.split(' '));
    if (body) return ix.absorb(body, m);
  }
  // "Some analysts said" after "Analysts at Brackwater Bank said": a group spoken of in general is
  // not the group named more closely before it.
  const general = !m.definite && m.kind === 'group' && !SPECIFIC.test(m.name);
  const fits = (e: Entity): boolean =>
    (e.kind === 'group' || e.kind === 'descriptor') &&
    [...mods].every((w) => e.modifiers.has(w) || e.aliases.has(w)) &&
    !(general && e.kind === 'group' && SPECIFIC.test(e.name));
  // "police", then "cybercrime police": one force, described more closely (not so "officials", then "Chinese officials").
  const closer = (e: Entity): boolean => e.kind === 'group' && e.modifiers.size === 0 && m.kind === 'group' && !isPersonPlural(head ?? '');
  if (head && (m.definite || m.kind === 'group' || mods.size === 0)) {
    const same = latest(ix.byHead.get(head), (e) => fits(e) || closer(e));
    if (same) return ix.absorb(same, m);
  }
  // "the company", "the force": the body of that kind named just before.
  // Any other body word stands for a body with that word in its name: "the institute".
  const kin = head && m.definite && mods.size === 0 ? (BODY_KIN[head] ?? (ORG_WORDS.has(head) ? [head] : undefined)) : undefined;
  if (kin) {
    // Only a body that was a clause's subject or a speaker: not a cup or a place it merely played in.
    const asIt = (fits: (e: Entity) => boolean): Entity | null =>
      bestAntecedent(
        antecedents(log.recent(at, PRONOUN_WINDOW), 'it', at).filter((c) => fits(c.entity) && (c.features['it:subject'] || c.features['it:spoke'])),
      );
    const body = kinBody(ix.all, kin, at, asIt);
    if (body) return ix.absorb(body, m);
  }
  // "The Swedish payments group", "the Tokyo-based chipmaker", "the carmaker": the company named before, described.
  // A bare "the lender" may instead be "a lending app" just met, which is no entity yet: that stays a new one.
  if (head && m.definite && !kin && (mods.size > 0 || isMakerHead(head)) && describesCompany(head, mods)) {
    const company = kinBody(ix.all, COMPANY, at);
    // Not "Osaka" read as a body from the description's own words.
    if (company && !key.includes(nameKey(company.name))) return ix.absorb(company, m);
  }
  // "a new study …; the researchers say": the people behind a study speak as the study.
  const study =
    head && m.definite && STUDY_PEOPLE.has(head)
      ? latest(ix.all, (e) => e.kind === 'document' && e.head !== null && STUDIES.has(e.head) && at.pos - e.lastSeen < STUDY_WINDOW)
      : null;
  if (study) return ix.absorb(study, m);
  // "The prosecution alleges": the counsel named as prosecuting speaks for it.
  const side = head && m.definite && mods.size === 0 ? COURT_SIDES.get(head) : undefined;
  const counsel = side ? latest(ix.all, (e) => e.kind === 'person' && e.role !== null && e.role.toLowerCase().includes(side)) : null;
  if (counsel) return ix.absorb(counsel, m);
  // An unnamed spokesperson speaks for a body: "a ministry spokesman", "a spokesperson", "district officials".
  const voiced = head && isVoiceNoun(head) ? voicedBody(ix, log, m, head, mods, at) : null;
  if (voiced) return ix.absorb(voiced, m);
  if (head && m.kind === 'descriptor') {
    if (m.definite) {
      // "the minister": the person whose title says so.
      // "the deputy mayor" is not the mayor: a rank word must be in the person's role too.
      const holders = ix.byRoleWord.get(head);
      const titled =
        latest(holders, (e) => e.kind === 'person' && [...mods].every((w) => roleWords(e).includes(w))) ??
        ([...mods].some((w) => RANK_MODIFIERS.has(w)) ? null : latest(holders, (e) => e.kind === 'person'));
      if (titled) return ix.absorb(titled, m);
      // "the 45-year-old", "the Welshman": another way of naming the person just met.
      // "the Chinese diplomat" too, when that person's description shares a word with it.
      const aged = /\b\d+-year-old\b/.test(m.name);
      const epithet = aged || NATIONALITY_NOUN.test(m.name) || NATIONALITIES.has(head);
      if (epithet || PERSON_NOUNS.has(head)) {
        const recent = recentPerson(log.recent(at, EPITHET_WINDOW), at);
        const words = recent ? roleWords(recent) : [];
        if (recent && (epithet || words.includes(head) || [...mods].some((w) => words.includes(w)))) return ix.absorb(recent, m);
        // "One House Republican … said …. "…," the lawmaker said.": a plain noun for a person is the
        // unnamed person who has just spoken (a named one is found by their role).
        if (mods.size === 0 && GENERIC_PERSON_NOUNS.has(head)) {
          const speaker = lastPersonSpeaker(log.recent(at, 1));
          if (speaker) return ix.absorb(speaker, m);
        }
      }
    }
  }
  // "Senior ranger X … The ranger said": a noun the lists lack, named in someone's role.
  if (head && m.kind === 'group' && m.definite && mods.size === 0 && !GROUP_NOUNS.has(head) && !head.endsWith('s')) {
    const titled = latest(ix.byRoleWord.get(head), (e) => e.kind === 'person');
    if (titled) return ix.absorb(titled, m);
  }
  return ix.create(m, at);
}

/**
 * The body an unnamed spokesperson or officials speak for. A word before the
 * noun names its kind or the body ("a company spokesperson", "district
 * officials", "a Treasury spokesperson"); a spokesperson with no such word
 * speaks for the body that has just spoken.
 */
function voicedBody(ix: EntityIndex, log: MentionLog, m: Mention, head: string, mods: Set<string>, at: Where): Entity | null {
  // Only the word right before the noun says whose voice it is: not "… officials at the defense forum".
  const words = nameKey(m.name).split(' ');
  const at0 = words.indexOf(head);
  if (at0 < 0 || at0 < words.length - 1) return null;
  const before = at0 > 0 ? words[at0 - 1] : undefined;
  if (before !== undefined && mods.has(before)) {
    const kin = head !== 'officials' ? BODY_KIN[before] : undefined;
    return (
      // "the government has said …; a government spokesperson": the body of that very name comes first.
      latest(ix.byAlias.get(before), (e) => e.spoke && isBody(e)) ??
      (kin ? kinBody(ix.all, kin, at) : null) ??
      latest(ix.byHead.get(before), (e) => e.spoke && isBody(e)) ??
      (head !== 'officials'
        ? latest(ix.byWord.get(before), (e) => e.spoke && e.kind === 'org' && [...mods].every((x) => nameKey(e.name).split(' ').includes(x)))
        : null)
    );
  }
  if (mods.size > 0 || head === 'officials') return null;
  const recent = log.recent(at, SPOKESPERSON_WINDOW);
  for (let i = recent.length - 1; i >= 0; i--) if (recent[i].speaker && isBody(recent[i].entity)) return recent[i].entity;
  return null;
}

/** The words of a person's role, as keys: "Deputy Mayor" → ["deputy", "mayor"]. */
const roleWords = (e: Entity): string[] => (e.role ? nameKey(e.role).split(' ') : []);

/** The last speaker among `recent` mentions, when that speaker is an unnamed person. */
function lastPersonSpeaker(recent: MentionRecord[]): Entity | null {
  for (let i = recent.length - 1; i >= 0; i--) {
    if (!recent[i].speaker) continue;
    const e = canonical(recent[i].entity);
    return e.kind === 'descriptor' ? e : null;
  }
  return null;
}
