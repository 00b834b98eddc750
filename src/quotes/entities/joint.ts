// Speakers who speak together: "Xi and Putin issued a joint statement", "the
// two senators said", "both of them say", "Ivory Coast and Ghana warned". A
// joint entity stands for its members; the people list credits each of them.
import { describe, jointParts, type Mention } from '../mentions/index.js';
import { tokenize } from '../scan/index.js';
import { canonical, type Entity } from './entity.js';

/** The speakers a name of several joins ("Ana Ruiz and Tom Hale"), each read on its own; null for one name. */
export function namedParts(name: string, knows: (word: string) => boolean): Mention[] | null {
  if (!name.includes(' and ') && !name.includes(' & ')) return null;
  const tokens = tokenize(name, []);
  const parts = jointParts(tokens, { from: 0, to: tokens.length }, knows);
  return parts ? parts.map((r) => describe(name, tokens, r)) : null;
}

/** The members of `e`, each under its final name, or `e` alone. */
export function membersOf(e: Entity): Entity[] {
  const c = canonical(e);
  if (!c.members) return [c];
  const out: Entity[] = [];
  for (const m of c.members) {
    const mc = canonical(m);
    if (!out.includes(mc)) out.push(mc);
  }
  return out;
}

/** The key of a set of members, for finding the joint entity they already form. */
export function membersKey(members: Entity[]): string {
  return members
    .map((m) => canonical(m).id)
    .sort((a, b) => a - b)
    .join(',');
}
