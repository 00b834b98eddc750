// What kind of speaker an entity is, for the people list: a person, an
// organisation, a document, a place speaking as its government, or a group of
// unnamed people ("residents", "analysts").
import type { PersonType } from '../../article/model.js';
import type { Entity } from '../entities/index.js';
import { BODY_NOUNS, BUSINESS_HEADS, METONYMS, PEOPLE_NOUNS, givenNameGender, isOrgWord, isPersonPlural, isPlace, isTitleWord } from '../lexicon/index.js';
import { nameKey } from '../mentions/index.js';

export function speakerType(e: Entity): PersonType {
  switch (e.kind) {
    case 'person':
      // "Ironwood said", "Expressen reported": one word, with no given name, title, role or he/she, names a body,
      // as does one whose description is a body's ("state weather bureau Pagasa").
      return e.words.length === 1 && e.gender === null && givenNameGender(e.name) === null && (e.role === null || describesBody(e.role)) ? 'organisation' : 'person';
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

/** A description whose head is a body: "state weather bureau", "the Wichita-based engineering firm". */
function describesBody(role: string): boolean {
  const words = nameKey(role).split(' ');
  const cut = words.findIndex((w) => w === 'of' || w === 'at' || w === 'for' || w === 'in' || w === 'with');
  const head = words[(cut < 0 ? words.length : cut) - 1] ?? '';
  return BODY_NOUNS.has(head) || BUSINESS_HEADS.has(head) || (isOrgWord(head) && !isTitleWord(head));
}
