// The orders the people index is shown in. Ties fall back to the name, so an
// order is the same on every run.
import type { PersonEntry } from './people-merge.js';

export type PeopleOrder = 'quotes' | 'articles' | 'name' | 'latest';
export const PEOPLE_ORDERS: readonly PeopleOrder[] = ['quotes', 'articles', 'name', 'latest'];

// Made on first use: a collator loads ICU data (milliseconds every start would pay).
let collator: Intl.Collator | null = null;
const byName = (a: PersonEntry, b: PersonEntry) =>
  (collator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })).compare(a.name, b.name) ||
  (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

const ORDERS: Record<PeopleOrder, (a: PersonEntry, b: PersonEntry) => number> = {
  // Most quoted first; reported statements count after quotes.
  quotes: (a, b) => b.quotes - a.quotes || b.reported - a.reported || byName(a, b),
  articles: (a, b) => b.articles - a.articles || b.quotes - a.quotes || byName(a, b),
  name: byName,
  // Most recent first; undated last.
  latest: (a, b) => (a.lastDate === b.lastDate ? 0 : a.lastDate === null ? 1 : b.lastDate === null ? -1 : a.lastDate < b.lastDate ? 1 : -1) || byName(a, b),
};

export function sortPeople(entries: readonly PersonEntry[], order: PeopleOrder): PersonEntry[] {
  return [...entries].sort(ORDERS[order]);
}
