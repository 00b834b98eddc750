// Linking rules for names: a person's name to the person met under a longer,
// shorter or partial form of it ("Goddard" after "Stacie Goddard", "Xi" after
// "Xi Jinping"), and a body's name to the body it abbreviates or stands for
// (an acronym, a capital for its country, a surname for a person).
import { isBody, isPerson, type Entity, type Where } from './entity.js';
import type { EntityIndex } from './entity-index.js';
import { COUNTRY_OF, latest } from './entity-lookup.js';
import type { Mention } from '../mentions/index.js';
import { nameKey } from '../mentions/index.js';
import { NAME_PARTICLES, isPlace } from '../lexicon/index.js';

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

/** Whether a one-word name is the name or surname of someone met before. */
export function knowsName(ix: EntityIndex, word: string): boolean {
  // A hyphenated surname is two words in the key: "Nwosu-Bello" of "Amara Nwosu-Bello".
  const words = nameKey(word).split(' ');
  const known = (e: Entity): boolean =>
    e.kind === 'person' && e.words.length > 1 && (words.length === 1 || isInside(words, e.words) || words.join(' ') === e.words.join(' '));
  return (ix.byWord.get(words[0]) ?? []).some(known);
}

/** The person a name refers to: one met under another form of the name, a body under that name, or someone new. */
export function linkPerson(ix: EntityIndex, m: Mention, at: Where): Entity {
  const key = nameKey(m.name);
  const words = key.split(' ');
  const exact = latest(ix.byAlias.get(key), isPerson);
  // A bare surname two people share ("Edna Truscott", then her daughter "Janine Truscott", who speaks):
  // when the one who first took the bare form has not spoken, one seen after it who has.
  if (exact && !exact.spoke && words.length === 1) {
    const speaking = latest(
      ix.byWord.get(key),
      (e) =>
        isPerson(e) &&
        e.spoke &&
        e.words.length > 1 &&
        e.words[e.words.length - 1] === key &&
        (m.gender === null || e.gender === null || e.gender === m.gender),
    );
    if (speaking && speaking.lastSeen > exact.lastSeen) return ix.absorb(speaking, m);
  }
  if (exact) return ix.absorb(exact, m);
  const last = words[words.length - 1];
  // "Goddard", "von der Leyen", "Sarwar Khan" after the full name.
  const shorter = latest(ix.byWord.get(last), (e) => isPerson(e) && isSuffix(words, e.words));
  if (shorter) return ix.absorb(shorter, m);
  // The full name after a surname: the entity takes the fuller name.
  const longer = latest(ix.byWord.get(last), (e) => isPerson(e) && e.words.length === 1 && isSuffix(e.words, words));
  if (longer) {
    longer.name = m.name;
    longer.words = words;
    ix.reindex(longer);
    return ix.absorb(longer, m);
  }
  if (words.length === 1) {
    // A single word that opens a known name: "Xi", "Kim" (family name first).
    const first = latest(ix.byWord.get(last), (e) => isPerson(e) && e.words.length > 1 && e.words[0] === last && !NAME_PARTICLES.has(last));
    if (first) return ix.absorb(first, m);
  }
  // Part of a known name from its middle: "Fung" or "Angela Chan" after "Leo Fung Chi-keung",
  // "Angela Chan Mei-ling" (a Western given name, the family name, then the Chinese given name).
  if (!NAME_PARTICLES.has(words[0])) {
    const inside = latest(rarest(ix, words), (e) => isPerson(e) && isInside(words, e.words));
    if (inside) return ix.absorb(inside, m);
  }
  if (words.length === 1) {
    const body = findBody(ix, key, m.name);
    if (body) return body;
  }
  // "Acme" after "Acme Energy, Inc.", "Bluestem Valley" after "Bluestem Valley Electric Cooperative".
  const shortForm = bodyStartingWith(ix, words);
  if (shortForm) return ix.absorb(shortForm, m);
  return ix.create(m, at);
}

/**
 * The entities holding the least common of `words`: a match must hold them all, and scanning
 * every "John" for each new "John …" would make a long article quadratic.
 */
function rarest(ix: EntityIndex, words: string[]): Entity[] | undefined {
  let best = ix.byWord.get(words[0]);
  for (let k = 1; k < words.length && best && best.length > 1; k++) {
    const list = ix.byWord.get(words[k]);
    if (!list || list.length < best.length) best = list;
  }
  return best;
}

/** A body met before whose name opens with these words and goes on: its short form. Never a place's name. */
export function bodyStartingWith(ix: EntityIndex, words: string[]): Entity | null {
  if (isPlace(words.join(' ')) || COUNTRY_OF.has(words.join(' '))) return null;
  return latest(rarest(ix, words), (e) => {
    if (e.kind !== 'org') return false;
    const body = nameKey(e.name).split(' ');
    // Not one of two bodies named together: "Norvik Group and Castell Bank".
    return body.length > words.length && words.every((w, k) => body[k] === w) && !body.includes('and') && !body.includes('&');
  });
}

function findBody(ix: EntityIndex, key: string, name: string): Entity | null {
  const country = COUNTRY_OF.get(key);
  const acronym = isAcronymName(name) ? key.replace(/ /g, '') : null;
  return (
    latest(ix.byAlias.get(key), isBody) ??
    (country !== undefined ? latest(ix.byCountry.get(country), isBody) : null) ??
    (acronym !== null ? latest(ix.byInitials.get(acronym), isBody) : null)
  );
}

/** The body a name refers to: the body it names or abbreviates, a person it is the title or surname of, or a new one. */
export function linkOrg(ix: EntityIndex, m: Mention, at: Where): Entity {
  const key = nameKey(m.name);
  const body = findBody(ix, key, m.name);
  if (body) {
    // "Beijing" met first, then "China": the country's own name is the fuller one.
    if (COUNTRY_OF.get(key) === key && nameKey(body.name) !== key) body.name = m.name;
    return ix.absorb(body, m);
  }
  // "the DCP", "the CEO": an acronym that is the title of a person already met.
  if (!key.includes(' ') && isAcronymName(m.name)) {
    const titled = latest(ix.byRoleWord.get(key), isPerson);
    if (titled) return ix.absorb(titled, m);
  }
  const shortForm = bodyStartingWith(ix, key.split(' '));
  if (shortForm) return ix.absorb(shortForm, m);
  // A one-word "body" that is the surname of a person already met is that person.
  if (!key.includes(' ')) {
    const person = latest(ix.byWord.get(key), (e) => e.kind === 'person' && e.words[e.words.length - 1] === key);
    if (person) return ix.absorb(person, m);
  }
  return ix.create(m, at);
}
