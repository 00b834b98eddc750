// The order of the speakers panel: people first, then organisations, groups,
// documents and places, each kind in order of first appearance. The panel and
// the reducer read the same order, so the cursor always means one entry.
import type { Person, PersonType } from '../core/model.js';

const TYPE_ORDER: readonly PersonType[] = ['person', 'organisation', 'group', 'document', 'place'];

/** The heading over each kind of speaker in the panel. */
export const TYPE_HEADING: Record<PersonType, string> = {
  person: 'People',
  organisation: 'Organisations',
  group: 'Groups',
  document: 'Documents',
  place: 'Places',
};

const ORDERED = new WeakMap<readonly Person[], Person[]>();

/** `people` in panel order; the same array back for the same list. */
export function panelPeople(people: readonly Person[]): Person[] {
  let ordered = ORDERED.get(people);
  if (!ordered) {
    ordered = TYPE_ORDER.flatMap((type) => people.filter((p) => p.type === type));
    ORDERED.set(people, ordered);
  }
  return ordered;
}

/** "4q 5r": quotes (direct and partial) and reported statements, as the panel shows them. */
export function countLabel(p: Person): string {
  return `${p.quotes}q ${p.reported}r`;
}
