// "The prosecution" of a court formula met before its counsel is named, joined
// to that counsel once the whole article has been read.
import { canonical, type Entity } from './entity.js';
import { PROSECUTION_SIDES } from '../lexicon/index.js';

const COUNSEL_ROLE = /prosecut/i;
/**
 * "The prosecution" met before its counsel is named ("…, a jury has heard"
 * in the lead, "X KC, prosecuting" below) is that counsel: join them once the
 * article has been read, when it names exactly one prosecuting counsel.
 */
export function joinProsecution(entities: Iterable<Entity | null>): void {
  let counsel: Entity | null = null;
  const sides: Entity[] = [];
  for (const found of entities) {
    if (!found) continue;
    const e = canonical(found);
    if (e.kind === 'person' && e.role !== null && COUNSEL_ROLE.test(e.role)) {
      if (counsel && counsel !== e) return;
      counsel = e;
    } else if (e.kind !== 'person' && e.head !== null && PROSECUTION_SIDES.has(e.head) && e.modifiers.size === 0 && !sides.includes(e)) sides.push(e);
  }
  if (counsel) for (const side of sides) side.same = counsel;
}
