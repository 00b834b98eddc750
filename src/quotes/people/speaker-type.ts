// What kind of speaker an entity is, for the people list: a person, an
// organisation, a document, a place speaking as its government, or a group of
// unnamed people ("residents", "analysts").
import type { PersonType } from '../../article/model.js';
import type { Entity } from '../entities/index.js';
import { BODY_NOUNS, METONYMS, PEOPLE_NOUNS, isPersonPlural, isPlace } from '../lexicon/index.js';
import { nameKey } from '../mentions/index.js';

export function speakerType(e: Entity): PersonType {
  switch (e.kind) {
    case 'person':
    case 'descriptor':
      return 'person';
    case 'document':
      return 'document';
    case 'org':
      return isPlace(e.name) || METONYMS.has(nameKey(e.name)) ? 'place' : 'organisation';
    case 'group': {
      // "the ministry", "police": a body; "residents", "two people familiar with the talks": people.
      const head = e.head ?? nameKey(e.name).split(' ').pop() ?? '';
      if (BODY_NOUNS.has(head)) return 'organisation';
      // "people", "two people familiar with the talks", "staff": a plural of people whatever its ending.
      return PEOPLE_NOUNS.has(head) || head.endsWith('s') || isPersonPlural(head) ? 'group' : 'organisation';
    }
  }
}
