// Lookups behind the entity registry: countries and their capitals, the
// initials of a body's name, the words of a description, and the kinds of
// body that "the company" or "the force" can stand for.
import type { Entity, Where } from './entity.js';
import { givenNameGender, isPlace, COUNTRY_METONYMS } from '../lexicon/index.js';
import { nameKey } from '../mentions/index.js';
import { BODY_KIN, COMPANY, GENERIC_WORDS, GOVERNMENT, KIND_WORDS, TITLE_ABBREVIATIONS } from '../lexicon/index.js';

export const COUNTRY_OF = new Map<string, string>();
for (const [country, others] of Object.entries(COUNTRY_METONYMS)) {
  for (const form of [country, ...others]) COUNTRY_OF.set(nameKey(form), nameKey(country));
}

export function initials(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => !['of', 'the', 'and', 'for', 'on', 'in', '&'].includes(w))
    .map((w) => w[0])
    .join('');
}

export function descriptionWords(name: string, head: string | null): Set<string> {
  return new Set(
    nameKey(name)
      .split(' ')
      .filter((w) => w !== head && !GENERIC_WORDS.has(w) && !/^\d/.test(w)),
  );
}

// How far back (in characters) "the company" may look for its company.
const BODY_WINDOW = 6000;
// How near (in characters) a body that has not spoken must be named to be "the company".
const NEAR_BODY = 300;

/**
 * "the company", "the force": the body of that kind named just before. With no
 * company word in sight, "the company" is the body that has just been speaking,
 * unless its name says it is of another kind ("… Ministry").
 */
// Nouns for a body of no particular kind: "the club", "the team", "the group" may be the body that has just spoken.
const GENERIC_BODY_KIN = new Set<readonly string[]>([COMPANY, BODY_KIN.club, BODY_KIN.organisation]);

/** Who may stand for a generic "the company", as "it" would: a body that is not a place and not of another kind. */
export type ItResolver = (fits: (e: Entity) => boolean) => Entity | null;

export function kinBody(all: readonly Entity[], kin: string[], at: Where, asIt?: ItResolver): Entity | null {
  const recent: Entity[] = [];
  for (let i = all.length - 1; i >= 0 && recent.length < 200; i--) if (at.pos - all[i].lastSeen < BODY_WINDOW) recent.push(all[i]);
  const isBody = (e: Entity): boolean => e.kind === 'org' && !COUNTRY_OF.has(nameKey(e.name)) && !isPlace(e.name);
  const words = (e: Entity): string[] => [...nameKey(e.name).split(' '), ...(e.role ? nameKey(e.role).split(' ') : [])];
  const otherKind = (e: Entity): boolean => words(e).some((w) => KIND_WORDS.has(w) && !kin.includes(w));
  // A name read as a person's with nothing personal about it may be a company's ("Southern Reach Seafoods").
  const unsure = (e: Entity): boolean => e.kind === 'person' && !e.gender && !e.role && givenNameGender(e.words[0] ?? '') === null;
  // "Chemicals maker Rheinchem": a one-word name whose description says what kind of body it is.
  const described = (e: Entity): boolean => e.kind === 'person' && !e.gender && e.words.length === 1 && e.role !== null && kin.includes(roleHead(e.role));
  const generic = GENERIC_BODY_KIN.has(kin);
  const body =
    latest(recent, (e) => ((isBody(e) || e.kind === 'group' || unsure(e)) && words(e).some((w) => kin.includes(w))) || described(e)) ??
    // With no body of that kind named, "the company" is chosen as "it" would be (the subject just
    // before, say, over a rival that spoke earlier), and only then the body that has just spoken.
    (generic && asIt ? asIt((e) => isBody(e) && !otherKind(e)) : null) ??
    (generic ? latest(recent, (e) => (isBody(e) || unsure(e)) && e.spoke && !otherKind(e)) : null) ??
    // "…, operated by Sorawa Manufacturing, …, the company said": a body named in the same breath.
    (kin === COMPANY ? latest(recent, (e) => (isBody(e) || unsure(e)) && !otherKind(e) && at.pos - e.lastSeen < NEAR_BODY) : null);
  if (body?.kind === 'person') body.kind = 'org';
  // "Ghana has blamed …, and the government has said …": a country speaks through its government.
  return (
    body ??
    (kin === GOVERNMENT
      ? latest(
          recent,
          (e) => e.kind === 'org' && e.spoke && (isPlace(e.name) || COUNTRY_OF.get(nameKey(e.name)) === nameKey(e.name)) && at.pos - e.lastSeen < NEAR_BODY,
        )
      : null)
  );
}

/** The noun a description is about: "maker" in "chemicals maker", "founder" in "founder of the company". */
function roleHead(role: string): string {
  const words = nameKey(role).split(' ');
  const cut = words.findIndex((w) => w === 'of' || w === 'at' || w === 'for' || w === 'with' || w === 'in');
  return words[(cut < 0 ? words.length : cut) - 1] ?? '';
}

/** Nouns for those who speak for a body: a spokesperson, or officials (one official speaks for themself). */
export function isVoiceNoun(head: string): boolean {
  return /^spokes(?:man|woman|person|people|men|women)$/.test(head) || head === 'officials';
}

export function push<K>(map: Map<K, Entity[]>, key: K, e: Entity): void {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else list.push(e);
}

export function latest(list: Entity[] | undefined, pred: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  for (const e of list ?? []) if (pred(e) && (!best || e.lastSeen > best.lastSeen)) best = e;
  return best;
}
