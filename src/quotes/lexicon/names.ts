// Words around names: honorifics and titles of address, post-nominal letters, nationality nouns, and the words that tell a gender.
import type { Gender } from './given-names.js';

/**
 * A noun for someone of a nation or region, standing for a person just named:
 * "the Welshman", "the Dutchwoman", "the Spaniard", "the Brazilian".
 */
export const NATIONALITY_NOUN =
  /^(?:\p{Lu}\p{Ll}+(?:man|woman)|Spaniard|Dane|Swede|Finn|Pole|Turk|Scot|Briton|Brit|Thai|Kiwi|Aussie|Argentine|Filipino|Filipina|Israeli|Iraqi|Pakistani|Bangladeshi|Nepali|Saudi|Qatari|Emirati|Kuwaiti|Omani|Yemeni|Somali|Brazilian|German|American|Australian|Italian|Nigerian|Ghanaian|Kenyan|Canadian|Mexican|Colombian|Portuguese|Japanese|Chinese|Korean|Egyptian|Moroccan|Senegalese|Croatian|Serbian)$/u;

/** Forms of address before a name ("Ms Parks", "Shri Prabhudesai"), with the gender each tells. */
export const ADDRESS_FORMS = new Map<string, Gender | null>([
  ['mr', 'm'],
  ['mr.', 'm'],
  ['mrs', 'f'],
  ['mrs.', 'f'],
  ['ms', 'f'],
  ['ms.', 'f'],
  ['miss', 'f'],
  ['mx', null],
  ['mx.', null],
  ['dr', null],
  ['dr.', null],
  ['sir', 'm'],
  ['dame', 'f'],
  ['shri', 'm'],
  ['smt', 'f'],
  ['smt.', 'f'],
  ['sri', null],
  ['alhaji', 'm'],
  ['alhaja', 'f'],
  ['madam', 'f'],
]);
/** The forms of address alone: a name follows them, whatever its words. */
export const HONORIFICS = new Set(ADDRESS_FORMS.keys());

/** Titles of rank and family that tell a gender: "Queen", "Prince", "Sister". */
const RANK_GENDER: [string, Gender][] = [
  ['queen', 'f'],
  ['princess', 'f'],
  ['lady', 'f'],
  ['sister', 'f'],
  ['empress', 'f'],
  ['tsarina', 'f'],
  ['duchess', 'f'],
  ['king', 'm'],
  ['prince', 'm'],
  ['lord', 'm'],
  ['father', 'm'],
  ['brother', 'm'],
  ['pope', 'm'],
  ['emperor', 'm'],
  ['tsar', 'm'],
  ['czar', 'm'],
  ['sultan', 'm'],
  ['emir', 'm'],
  ['duke', 'm'],
  ['patriarch', 'm'],
];

/**
 * Ranks whose holders are named with an ordinal, the rank being part of the name as
 * written: "Pope Leo XIV", "King Charles III", "Queen Margrethe II".
 */
export const REGNAL_RANKS = new Set([
  'pope',
  'king',
  'queen',
  'emperor',
  'empress',
  'tsar',
  'tsarina',
  'czar',
  'sultan',
  'emir',
  'prince',
  'princess',
  'duke',
  'duchess',
  'patriarch',
  'grand',
]);

/** Epithets that stand for the holder of a rank named before: "the Holy Father" is the Pope. */
export const RANK_EPITHETS = new Map<string, string>([
  ['holy father', 'pope'],
  ['pontiff', 'pope'],
  ['his holiness', 'pope'],
  ['supreme pontiff', 'pope'],
  ['roman pontiff', 'pope'],
  ['his majesty', 'king'],
  ['her majesty', 'queen'],
  ['monarch', 'king'],
  ['sovereign', 'king'],
]);

/** An ordinal after a name, II to XXXIX ("Charles III", "Leo XIV"): part of the name, not an acronym. */
export const REGNAL_NUMERAL = /^(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$/;
/** The gender a title before a name tells. */
export const TITLE_GENDER = new Map<string, Gender>([...[...ADDRESS_FORMS].filter((e): e is [string, Gender] => e[1] !== null), ...RANK_GENDER]);

// Styles of address conferred in Malaysia and Brunei, often stacked ("Datuk Seri", "Tan Sri"): not part of the name.
export const CONFERRED_STYLES = new Set(['datuk', 'dato', "dato'", 'dato’', 'datin', 'patinggi', 'seri', 'tun', 'haji', 'hajah']);

/** Courtesy titles that say how to address someone, not what they do ("Lord", "Rabbi"): left out of a role. */
export const COURTESY_TITLES = new Set([...HONORIFICS, ...CONFERRED_STYLES, 'lord', 'lady', 'rabbi', 'reverend', 'rev.']);

// Nouns of a role that say who someone is: "his wife", "a spokeswoman".
export const FEMALE_NOUNS =
  /\b(?:mother|wife|daughter|sister|grandmother|granddaughter|aunt|niece|widow|woman|girl|actress|chairwoman|spokeswoman|businesswoman|congresswoman|sportswoman|stepmother|fiancée|girlfriend|mum|mom)\b/i;

export const MALE_NOUNS =
  /\b(?:father|husband|son|brother|grandfather|grandson|uncle|nephew|widower|man|boy|chairman|spokesman|businessman|congressman|sportsman|stepfather|fiancé|boyfriend|dad)\b/i;

/**
 * Letters for a seat in a parliament or assembly, before or after a name: "Ann Roe MSP",
 * "MLA Joaquim Lobo", "Ontario MPP …". Unlike an honour, they say what someone does.
 */
export const SEAT_LETTERS = new Set(['MP', 'MEP', 'MSP', 'MS', 'TD', 'MLA', 'MPP', 'MLC', 'MHA', 'MNA', 'MHK', 'MHR', 'MK']);

// Degrees written after a name in medical and academic reporting: "Ann Roe, MD, MPH, of …".
export const DEGREE_LETTERS = new Set([
  'PhD',
  'MD',
  'MPH',
  'RN',
  'JD',
  'MBA',
  'DDS',
  'DVM',
  'FRCP',
  'MSc',
  'MBBS',
  'DPhil',
  'PharmD',
  'EdD',
  'FACP',
  'FACS',
  'MS',
  'NP',
  'PA-C',
]);
export const POST_NOMINALS = new Set(['SC', 'BL', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP', ...SEAT_LETTERS, ...DEGREE_LETTERS]);

/** A form of address written in capitals is an abbreviation of something else: "MS" is a seat, not "Ms". */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

// Short titles and the words a later "the …" uses for them (the short form too).
export const TITLE_ABBREVIATIONS = new Map<string, string[]>([
  ['sen', ['sen', 'senator']],
  ['rep', ['rep', 'congressman', 'congresswoman', 'representative', 'lawmaker']],
  ['gov', ['gov', 'governor']],
  ['gen', ['gen', 'general']],
  ['det', ['det', 'detective']],
  ['insp', ['insp', 'inspector']],
  ['supt', ['supt', 'superintendent']],
  ['prof', ['prof', 'professor']],
  ['sgt', ['sgt', 'sergeant']],
  ['capt', ['capt', 'captain']],
  ['col', ['col', 'colonel']],
  ['lt', ['lt', 'lieutenant']],
]);

// Arabic and similar names written with a lower-case article: "al-Khatib".
export const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|abu|ul|ud|d)[-’']\p{Lu}/u;

/** Members of a party, written with a capital: "a House Republican", "one senior Democrat", "a Tory". */
// Singular only: a plural with a capital is as often the party itself ("Liberal Democrats").
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'tory', 'conservative', 'liberal', 'socialist', 'communist', 'nationalist', 'unionist']);
