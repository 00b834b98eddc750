// Closed classes of English words that the phrase rules test tokens against.
import { CALENDAR_WORDS, DOCUMENT_NOUNS, GROUP_NOUNS, PERSON_NOUNS } from './lexicon/nouns.js';
import type { Token } from './tokens.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const DETERMINERS = set(`the a an another some many several both all most this these those each every any
  such no its their his her our my your`);

/** Lower-case words that may join the capitalised words of one name. */
export const NAME_JOINERS = set(`of for the and & de del della der den van von da do dos du la le bin bint al el ibn
  y on to at`);

/** Particles that open a surname in lower case: "von der Leyen", "bin Salman". */
export const NAME_PARTICLES = set(`von van der den de del della da di du le la bin bint ibn al el dos das`);

export const PRONOUNS = set(`he she they it we i`);
export const OBJECT_PRONOUNS = set(`him her them it us me you`);

export const AUXILIARIES = set(`is are was were be been being has have had will would can could should may might
  must do does did not n't shall`);

/** Words that end a noun phrase when met while reading one. */
export const PHRASE_BREAKERS = set(`that which who whom whose what where when while as after before because since if
  though although than so yet but or nor then also to by with into onto over under about against among between
  through via during without within upon toward towards across behind beyond despite like unlike per amid
  including except whether how why once until unless is are was were be been being has have had will would can
  could should may might must do does did not n't shall him them us me you it its there here according even just
  only still already now again however meanwhile instead later earlier previously also reportedly whereas moreover
  furthermore nevertheless thus therefore indeed besides otherwise rather overall finally first second third last
  next today yesterday tonight here there yes no not`);

/** After a comma these open a clause with a speaker of its own: "…, but Y said". */
export const CLAUSE_BREAKS = set('but while whereas although though however yet');

/** Words that open a clause, after which a subject may stand. */
export const CLAUSE_OPENERS = set(`that and but after before while when as because although though if since whereas
  so once until unless where`);

/** Adverbs and time words that may stand between a speaker and the verb. */
export const ADVERBIALS = set(`also later earlier previously then again still already now once further jointly
  publicly privately separately repeatedly recently initially originally first last today yesterday tonight
  reportedly strongly firmly flatly sharply quickly immediately frequently often never always has have had would will
  did does do not n't just only even ago week month year this next morning afternoon evening night weekend
  subsequently eventually finally simply herself himself themselves itself`);

/** Words that open an inserted phrase that is not a name: ", also on Twitter,". */
export const PARENTHETICAL_OPENERS = set(`also in on at for during after before with via through from who which whose
  when while as according speaking writing citing meanwhile however though although too like unlike including
  by under over not only even`);

export function isCalendarWord(t: Token): boolean {
  return CALENDAR_WORDS.has(t.lower);
}

/** A noun for one person: "official", "the 45-year-old". */
export function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || /^\d+-year-old$/.test(lower);
}

/** The plural of a noun for one person is a group: "suspects", "spokesmen", "deputies". */
export function isPersonPlural(lower: string): boolean {
  if (lower.length < 4) return false;
  const singular = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : '';
  return singular !== '' && PERSON_NOUNS.has(singular);
}

export function isSpeakerNoun(lower: string): boolean {
  const w = lower.replace(/[’']s$/, '');
  return isPersonNoun(w) || GROUP_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || isPersonPlural(w) || w === 'former' || w === 'latter';
}

export function isAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (ADVERBIALS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !isSpeakerNoun(t.lower)));
}

/** A capitalised word: part of a name, an acronym or a title. */
export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}
