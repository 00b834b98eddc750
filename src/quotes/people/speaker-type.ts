// What kind of speaker an entity is, for the people list: a person, an
// organisation, a document, a place speaking as its government, or a group of
// unnamed people ("residents", "analysts").
import type { PersonType } from '../../core/model.js';
import type { Entity } from '../entities/index.js';
import {
  DETERMINERS,
  QUANTITY,
  BODY_NOUNS,
  BUSINESS_HEADS,
  METONYMS,
  NATIONALITIES,
  OFFICE_SEATS,
  PEOPLE_NOUNS,
  givenNameGender,
  isOrgWord,
  isPersonPlural,
  isPlace,
  isTitleWord,
} from '../lexicon/index.js';
import { nameKey } from '../mentions/index.js';

export function speakerType(e: Entity): PersonType {
  switch (e.kind) {
    case 'person':
      // "Ironwood said", "Expressen reported": one word, with no given name, title, role or he/she, names a body,
      // as does one whose description is a body's ("state weather bureau Pagasa").
      return e.words.length === 1 && e.gender === null && givenNameGender(e.name) === null && (e.role === null || describesBody(e.role))
        ? 'organisation'
        : 'person';
    case 'descriptor':
      return speaksForBody(e) ? 'organisation' : 'person';
    case 'document':
      return 'document';
    case 'org': {
      const key = nameKey(e.name);
      if (OFFICE_SEATS.has(key)) return 'organisation';
      return isPlace(e.name) || METONYMS.has(key) ? 'place' : 'organisation';
    }
    case 'group': {
      // "the ministry", "police": a body; "residents", "two people familiar with the talks": people.
      const head = e.head ?? nameKey(e.name).split(' ').pop() ?? '';
      if (BODY_NOUNS.has(head)) return 'organisation';
      // "Harlan County officials": the officials of a body named with them speak as it.
      if (head === 'officials' && namesBody(e.name)) return 'organisation';
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

const SPOKES = /^spokes(?:man|woman|person)$/;

/**
 * A description that speaks for a body: "a Treasury spokesperson", "the ministry's spokesman"
 * (a body named or a body noun before a spokesperson), "one of the country's largest fishing companies".
 */
function speaksForBody(e: Entity): boolean {
  const words = e.name.split(/\s+/);
  const head = e.head ?? '';
  if (/^one$/i.test(words[0] ?? '') && words[1]?.toLowerCase() === 'of') {
    const last = nameKey(words[words.length - 1]);
    return last.endsWith('s') && (isOrgWord(last) || BUSINESS_HEADS.has(last.slice(0, -1)) || BODY_NOUNS.has(last.slice(0, -1)));
  }
  if (!SPOKES.test(head)) return false;
  const at = words.findIndex((w) => SPOKES.test(w.toLowerCase()));
  const before = at > 0 ? words[at - 1].replace(/[’']s$/, '') : '';
  return before !== '' && (CAPITAL.test(before) || BODY_NOUNS.has(before.toLowerCase()) || isOrgWord(before));
}

const CAPITAL = /^\p{Lu}/u;

/** A capitalised word, no nationality, right before "officials": "Harlan County officials", not "Visiting Chinese officials". */
function namesBody(name: string): boolean {
  const words = name.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === 'officials');
  const before = at > 0 ? words[at - 1] : '';
  const lower = before.toLowerCase();
  // Not a capital that opens the sentence: "Two officials", "Senior officials", "Visiting … officials".
  return (
    CAPITAL.test(before) &&
    !NATIONALITIES.has(lower) &&
    !isPlace(before) &&
    !QUANTITY.test(lower) &&
    !DETERMINERS.has(lower) &&
    !isTitleWord(before) &&
    !/(?:ing|ed)$/.test(lower)
  );
}
