// The entities met so far and the indexes that find them by alias, name word,
// head noun, country, initials and title word, so that a long article does not
// compare every mention with every entity. Creating an entity and absorbing a
// new mention into one keep the indexes up to date.
import { canonical, type Entity, type EntityKind, type Where } from './entity.js';
import type { Mention } from '../mentions/index.js';
import { nameKey } from '../mentions/index.js';
import { COUNTRY_OF, descriptionWords, initials, push } from './entity-lookup.js';
import { TITLE_ABBREVIATIONS } from '../lexicon/index.js';

/** Index `e` under `key` in `map`, unless `seen` says it already is. */
function addOnce(seen: Set<string>, map: Map<string, Entity[]>, tag: string, key: string, e: Entity): void {
  const id = `${tag}\u0000${key}`;
  if (seen.has(id)) return;
  seen.add(id);
  push(map, key, e);
}

export class EntityIndex {
  readonly all: Entity[] = [];
  readonly byAlias = new Map<string, Entity[]>();
  readonly byWord = new Map<string, Entity[]>();
  readonly byHead = new Map<string, Entity[]>();
  readonly byCountry = new Map<string, Entity[]>();
  readonly byInitials = new Map<string, Entity[]>();
  readonly byRoleWord = new Map<string, Entity[]>();
  private indexed = new Map<Entity, Set<string>>();

  /** Index what is new about `e`: keys already indexed are skipped, so a long article stays linear. */
  reindex(e: Entity): void {
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

  /** A new entity for mention `m`, first met at `at`. */
  create(m: Mention, at: Where): Entity {
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

  /** `m` is another mention of `found`: its name, acronyms, fuller role and gender join the entity. */
  absorb(found: Entity, m: Mention): Entity {
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
}
