// Lookups behind the entity registry: countries and their capitals, the
// initials of a body's name, the words of a description, and the kinds of
// body that "the company" or "the force" can stand for.
import type { Entity } from './entity.js';
import { COUNTRY_METONYMS } from './lexicon/nouns.js';
import { nameKey } from './name-key.js';

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

const GENERIC_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'from', 'for', 'and']);

export function descriptionWords(name: string, head: string | null): Set<string> {
  return new Set(nameKey(name).split(' ').filter((w) => w !== head && !GENERIC_WORDS.has(w) && !/^\d/.test(w)));
}

export const COMPANY = ['group', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'holdings', 'firm', 'maker', 'producer', 'manufacturer', 'retailer', 'brand', 'airline', 'bank', 'insurer', 'lender', 'operator', 'giant', 'exporter', 'importer', 'miner', 'chain', 'carmaker', 'startup'];
// Words that say what kind of body a name is.
export const KIND_WORDS = new Set(['ministry', 'department', 'agency', 'council', 'union', 'party', 'government', 'court', 'police', 'association', 'commission', 'university', 'hospital', 'army', 'festival', 'school']);
/** The words in a body's name or description that a bare "the X" can stand for. */
export const BODY_KIN: Record<string, string[]> = {
  company: COMPANY, firm: COMPANY, group: COMPANY, force: ['police', 'force', 'constabulary'], police: ['police', 'force'],
  ministry: ['ministry'], department: ['department'], agency: ['agency'], union: ['union'], council: ['council'],
  party: ['party'], government: ['government', 'administration', 'cabinet'], court: ['court', 'tribunal'],
  association: ['association'], federation: ['federation'], commission: ['commission'], board: ['board'],
  club: ['club'], university: ['university'], hospital: ['hospital'], army: ['army', 'military', 'forces'],
  military: ['army', 'military', 'forces', 'defence', 'defense'], regulator: ['regulator', 'authority', 'commission'],
};
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
