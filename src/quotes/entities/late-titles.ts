// "The Auditor-General says …" in the lead, "Auditor-General Ann Roe found …"
// below: a title met before its holder is named is that holder, joined once the
// whole article has been read, when exactly one person named in it holds the title.
import { canonical, type Entity } from './entity.js';
import { nameKey } from '../mentions/index.js';

/** Join each bare title description ("the Auditor-General") to the one named person whose role is that title. */
export function joinLateTitles(entities: Iterable<Entity | null>): void {
  const people: Entity[] = [];
  const titles: Entity[] = [];
  for (const found of entities) {
    if (!found) continue;
    const e = canonical(found);
    if (e.kind === 'person' && e.role !== null && !people.includes(e)) people.push(e);
    // Bare: no word but the title's own ("auditor", "general" of "Auditor-General").
    else if (e.kind === 'descriptor' && e.head !== null && [...e.modifiers].every((w) => e.head!.split('-').includes(w)) && !titles.includes(e)) titles.push(e);
  }
  for (const title of titles) {
    const key = nameKey(title.name).replace(/^the /, '');
    const holders = people.filter((p) =>
      nameKey(p.role!)
        .split(', ')
        .some((part) => part === key || part.endsWith(` ${key}`)),
    );
    if (holders.length === 1) title.same = holders[0];
  }
}
