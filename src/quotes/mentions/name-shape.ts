// The shape of a name: where a person's name starts after titles, whether a
// run of capitals names a body or a place, and what a title or role says about
// gender.
import {
  FIELD_WORDS,
  givenNameGender,
  type Gender,
  COUNTRY_METONYMS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  NATIONALITIES,
  PERSON_NOUNS,
  isOrgWord,
  isTitleWord,
  isPluralTitle,
  isPlace,
  NAME_JOINERS,
  NAME_PARTICLES,
  isPersonPlural,
  isAgentSingular,
} from '../lexicon/index.js';
import { isNameWord, joinsBodyName } from '../phrases/index.js';
import type { Token } from '../scan/index.js';
import {
  REGNAL_NUMERAL,
  isAllCaps,
  COURTESY_TITLES,
  FEMALE_NOUNS,
  HONORIFICS,
  MALE_NOUNS,
  METONYMS,
  NATIONALITY_NOUN,
  TITLE_GENDER,
} from '../lexicon/index.js';

const NATIONALITY_NOUNS_SEEN = new Map<string, boolean>();

/** NATIONALITY_NOUN for one word, remembered: names recur, and the pattern is slow. */
export function isNationalityNoun(word: string): boolean {
  let yes = NATIONALITY_NOUNS_SEEN.get(word);
  if (yes === undefined) {
    yes = NATIONALITY_NOUN.test(word);
    if (NATIONALITY_NOUNS_SEEN.size > 20_000) NATIONALITY_NOUNS_SEEN.clear();
    NATIONALITY_NOUNS_SEEN.set(word, yes);
  }
  return yes;
}
/** A courtesy title or conferred style that says how to address someone, not what they do. */
export function isCourtesy(word: string): boolean {
  return COURTESY_TITLES.has(word.toLowerCase()) && !isAllCaps(word);
}
// At module level: esbuild turns a literal with \p{…} into `new RegExp(…)` at each use.
const CAPITALS = /^(?:\p{Lu}\.?){2,}$/u;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

function isAcronym(word: string): boolean {
  return CAPITALS.test(word.replace(/’s$|'s$/, '')) || DOTTED_CAPITALS.test(word);
}

/** A single word that names a country, a capital standing for one, or a body by its acronym. */
export function isBodyWord(word: string): boolean {
  return isAcronym(word) || METONYMS.has(word.toLowerCase()) || isOrgWord(word) || /\d/.test(word);
}

export function titleGender(words: string[]): Gender | null {
  for (const w of words) {
    const gender = isAllCaps(w) ? undefined : TITLE_GENDER.get(w.toLowerCase());
    if (gender) return gender;
  }
  return null;
}

/** The gender a role or description gives: "mother of three", "a spokeswoman for …". */
export function roleGender(role: string | null): Gender | null {
  if (!role) return null;
  const f = FEMALE_NOUNS.test(role);
  const m = MALE_NOUNS.test(role);
  return f === m ? null : f ? 'f' : 'm';
}

export interface NameSplit {
  /** Index in `idx` where the trailing personal name starts, or -1. */
  nameAt: number;
  /** The capitalised run that ends the phrase names a body. */
  body: boolean;
}

/** "Charles III", "Pope Leo XIV": an ordinal after a word of a name ends that name. */
export function endsRegnal(tokens: Token[], idx: number[]): boolean {
  if (idx.length < 2) return false;
  const last = tokens[idx[idx.length - 1]];
  const before = tokens[idx[idx.length - 2]];
  return REGNAL_NUMERAL.test(last.text) && isNameWord(before) && !isAcronym(before.text) && !isTitleWord(before.text) && !isOrgWord(before.text);
}

/** Find the personal name at the end of a run of words, after its titles. */
// A name ending in a dot and a top-level domain of letters: "Example.com", "PowerGrid.us".
const WEB_NAME = /^\p{L}[\p{L}\d-]*\.(?:com|org|net|gov|edu|io|us|uk|co|info|news)$/iu;

export function splitName(tokens: Token[], idx: number[]): NameSplit {
  // The ordinal is part of the name: split the words before it.
  if (endsRegnal(tokens, idx)) {
    const split = splitName(tokens, idx.slice(0, -1));
    if (split.nameAt >= 0) return split;
  }
  // The trailing run of name words (with particles and joiners inside it).
  let runStart = idx.length;
  for (let k = idx.length - 1; k >= 0; k--) {
    const t = tokens[idx[k]];
    if (isNameWord(t) || t.text === '&') runStart = k;
    else if (!t.cap && (NAME_JOINERS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && k > 0 && k < idx.length - 1) runStart = k;
    else if (t.text === ',' && joinsBodyName(tokens, idx[k], idx[0], idx[idx.length - 1] + 1)) runStart = k;
    else break;
  }
  while (runStart < idx.length && !tokens[idx[runStart]].cap) runStart++;
  if (runStart >= idx.length) return { nameAt: -1, body: false };
  const run = idx.slice(runStart).map((i) => tokens[i]);
  const last = run[run.length - 1];
  const runText = run.map((t) => t.text).join(' ');
  // "Liberal Democrats", "Young Farmers": a plural of a group ends the name of a body.
  if (run.length > 1 && last.lower.endsWith('s') && GROUP_NOUNS.has(last.lower)) return { nameAt: -1, body: true };
  // "North Korean", "South African": adjectives of a country name nobody.
  if (run.every((t) => NATIONALITIES.has(t.lower))) return { nameAt: -1, body: false };
  // "Ms Parks", "Dr Banks": an honorific makes the rest a person's name, whatever the words.
  if (run.length > 1 && HONORIFICS.has(run[0].lower)) return { nameAt: runStart + 1, body: false };
  // "PowerGrid.us", "Tracker.com": a web site's name is a body's.
  if (run.some((t) => WEB_NAME.test(t.text))) return { nameAt: -1, body: true };
  // A place, whole or after its adjective ("Saudi Arabia", "South Korea"), speaks as a body.
  if (
    isPlace(runText) ||
    METONYMS.has(runText.toLowerCase()) ||
    (isPlace(
      run
        .slice(1)
        .map((t) => t.text)
        .join(' '),
    ) &&
      NATIONALITIES.has(run[0].lower))
  ) {
    return { nameAt: -1, body: true };
  }
  // "Experts", "Officials", "Police", "Drivers" opening a sentence are descriptions, not names.
  if (
    run.length === 1 &&
    runStart === 0 &&
    idx.length === 1 &&
    CAPITALISED.test(last.text) &&
    (PERSON_NOUNS.has(last.lower) || GROUP_NOUNS.has(last.lower) || DOCUMENT_NOUNS.has(last.lower) || isPersonPlural(last.lower))
  ) {
    return { nameAt: -1, body: false };
  }
  // Where the titles and body words of the run end. A nationality counts only
  // before a title ("Turkish President …"); before other words it is part of a
  // body's name ("Southern Reach Seafoods", "National Stadium").
  let lastMarker = -1;
  run.forEach((t, k) => {
    const nationalTitle = NATIONALITIES.has(t.lower) && run[k + 1] !== undefined && (isTitleWord(run[k + 1].text) || NATIONALITIES.has(run[k + 1].lower));
    const pluralTitle = k <= 2 && run.length > k + 2 && isPluralTitle(t.text);
    if (isTitleWord(t.text) || isBodyWord(t.text) || nationalTitle || pluralTitle || (!t.cap && NAME_JOINERS.has(t.lower) && !NAME_PARTICLES.has(t.lower)))
      lastMarker = k;
  });
  const hasTitle = run.some((t, k) => isTitleWord(t.text) || (k <= 2 && run.length > k + 2 && isPluralTitle(t.text)));
  // "Jane House": a given name and a surname that happens to be a common noun.
  // "Jane Driver", "Ann Cook": a person noun after a given name is a surname, not a title.
  const titleAfterName =
    hasTitle &&
    !isTitleWord(run[0].text) &&
    run.slice(1).every((t) => !isTitleWord(t.text) || PERSON_NOUNS.has(t.lower)) &&
    !run.some((t) => isBodyWord(t.text));
  const givenFirst = (!hasTitle || titleAfterName) && run.length <= 3 && givenNameGender(run[0].text) !== null && !isBodyWord(run[0].text);
  if (givenFirst) return { nameAt: runStart, body: false };
  if (lastMarker === run.length - 1 || isBodyWord(last.text)) return { nameAt: -1, body: true };
  // A run with body words and no title names a body ("Sea Watch Aotearoa"), unless a
  // given name after them starts a person's name ("… Welfare Association Anthony da Costa").
  // A lower-case title opening the phrase ("president of the … Association Joaquim Lobo") says so too.
  const leadingTitle = !tokens[idx[0]].cap && isTitleWord(tokens[idx[0]].text);
  const plainAfter = run.slice(lastMarker + 1).every((t) => t.cap && !isBodyWord(t.text) && !isTitleWord(t.text) && !isPlace(t.text));
  const personAfter = lastMarker >= 0 && run.length - lastMarker > 2 && (givenNameGender(run[lastMarker + 1].text) !== null || (leadingTitle && plainAfter));
  if (!hasTitle && !personAfter && run.some((t) => t.cap && isBodyWord(t.text) && !METONYMS.has(t.lower))) return { nameAt: -1, body: true };
  // "Runner Aiko Mori", "Biologist Mira Tanaka" opening a sentence: the capital is the
  // sentence's, and the name starts after the occupation.
  const occupation = /(?:ist|yst|ician|eer)$/.test(run[0].lower) || isAgentSingular(run[0].lower) || givenNameGender(run[1]?.text ?? '') !== null;
  const before = tokens[idx[runStart] - 1];
  const opensSentence = !before || /^[.!?]$/.test(before.text) || before.kind === 'quote';
  if (lastMarker < 0 && run.length >= 3 && opensSentence && givenNameGender(run[0].text) === null && occupation) {
    return { nameAt: runStart + 1, body: false };
  }
  if (lastMarker < 0) {
    // No titles: a person unless the run is one word naming a body.
    if (run.length === 1 && (isBodyWord(run[0].text) || isPlace(run[0].text))) return { nameAt: -1, body: true };
    return { nameAt: runStart, body: false };
  }
  let nameAt = runStart + lastMarker + 1;
  // After "of"/"for" a person's name needs a given name: "Commissioner for Human Rights" names a body.
  const joinerBefore = run[lastMarker] && !run[lastMarker].cap;
  if (joinerBefore && givenNameGender(tokens[idx[nameAt]].text) === null) {
    const k = idx.slice(nameAt).findIndex((i, n) => n > 0 && givenNameGender(tokens[i].text) !== null && nameAt + n < idx.length - 1);
    if (k < 0) return { nameAt: -1, body: true };
    return { nameAt: nameAt + k, body: false };
  }
  // A long name after body words may still hold one the lists miss: start it
  // at a known given name ("… and Oceans Drew Caputo"). After a title the
  // whole rest is the name ("MLA Joaquim Xavier de Sequeira").
  const tail = idx.slice(nameAt).map((i) => tokens[i]);
  if (tail.length >= 3 && givenNameGender(tail[0].text) === null && !isTitleWord(run[lastMarker].text)) {
    const k = tail.findIndex((t, n) => n > 0 && givenNameGender(t.text) !== null && n <= tail.length - 2);
    if (k > 0) nameAt += k;
  }
  return { nameAt, body: false };
}

/** A body's name: a place, an acronym, or a run with a body word ("Cocoa Board"). */
function namesBody(run: Token[]): boolean {
  const text = run.map((t) => t.text).join(' ');
  return (
    run.length > 0 &&
    // "Buyers' Forum": a plural possessive inside the run is part of the name.
    run.every((t) => t.cap || (t.kind === 'poss' && /^['’]$/.test(t.text))) &&
    (isPlace(text) || METONYMS.has(text.toLowerCase()) || (run.length === 1 && isAcronym(run[0].text)) || run.some((t) => isOrgWord(t.text)))
  );
}

/** "Ivory Coast and Ghana": two bodies joined by "and" are two speakers; anything else is one. */
export function bodiesOf(tokens: Token[], range: { from: number; to: number }): { from: number; to: number }[] {
  const words = tokens.slice(range.from, range.to);
  const and = words.findIndex((t) => t.lower === 'and' && !t.cap);
  if (and <= 0 || words.some((t, k) => k !== and && (t.lower === 'and' || t.text === ','))) return [range];
  let leftFrom = 0;
  while (leftFrom < and && !words[leftFrom].cap) leftFrom++;
  let rightFrom = and + 1;
  while (rightFrom < words.length && !words[rightFrom].cap) rightFrom++;
  const left = words.slice(leftFrom, and);
  const right = words.slice(rightFrom);
  if (!namesBody(left) || !namesBody(right)) return [range];
  // "Lowmoor Hospital and Health Service": a right part made only of body words, with no
  // article and no name of its own, goes on naming the body on the left.
  if (rightFrom === and + 1 && right.every((t) => isOrgWord(t.text))) return [range];
  // "Food and Drug Administration": a field of work before "and", and a body's head
  // after it, make one body's name.
  const field = (t: Token): boolean => FIELD_WORDS.has(t.lower);
  if (rightFrom === and + 1 && field(left[left.length - 1]) && right.length > 1 && !field(right[right.length - 1]) && isOrgWord(right[right.length - 1].text))
    return [range];
  return [
    { from: range.from + leftFrom, to: range.from + and },
    { from: range.from + rightFrom, to: range.to },
  ];
}
