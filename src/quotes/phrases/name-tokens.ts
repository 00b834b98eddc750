// Which tokens are words of a name, and how the words of one name or a list of
// names hold together: "Ministry of Trade, Industry and Energy", "von der
// Leyen", "USA Today", "Thailand, Laos and the Maldives".
import { CALENDAR_WORDS, isOrgWord, isTitleWord, AUXILIARIES, DETERMINERS, NAME_PARTICLES, PHRASE_BREAKERS, PRONOUNS } from '../lexicon/index.js';
import type { Range } from './phrase-words.js';
import type { Token } from '../scan/index.js';
import { isMonthName } from './word-classes.js';
import { CAP_PREPOSITIONS, COMPANY_SUFFIXES } from '../lexicon/index.js';

// One set each, so that the hottest tests are one lookup: "Who" may open a name ("Who Cares Trust").
const CAP_FUNCTION_WORDS = new Set([...PHRASE_BREAKERS, ...PRONOUNS, ...AUXILIARIES, ...CAP_PREPOSITIONS].filter((w) => w !== 'who'));
const NEVER_NAME_WORDS = new Set([...CAP_FUNCTION_WORDS, ...DETERMINERS, ...CALENDAR_WORDS]);

function isCapFunctionWord(t: Token): boolean {
  return t.cap && CAP_FUNCTION_WORDS.has(t.lower);
}

/** "Inc.", "Ltd", "PLC": a company's legal form. */
export function isCompanySuffix(t: Token | undefined): boolean {
  return t !== undefined && t.cap && t.kind === 'word' && COMPANY_SUFFIXES.has(t.lower);
}

/** A word of a name: capitalised, not a function word, not a weekday or month. */
export function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.cap && t.kind === 'word' && (!NEVER_NAME_WORDS.has(t.lower) || isMonthName(t));
}

/**
 * The comma or "and" at `j` joins the parts of one body's name: a list that
 * ends in a body word ("Culture, Sports and Tourism Bureau") or that follows a
 * body word and "of" ("Ministry of Trade, Industry and Energy", "Ministry of
 * State Apparatus Empowerment and Bureaucratic Reform").
 */
export function joinsBodyName(tokens: Token[], j: number, floor: number, ceil: number): boolean {
  const t = tokens[j];
  // "Acme Energy, Inc.": a company's legal form after a comma.
  if (t?.text === ',' && isCompanySuffix(tokens[j + 1]) && isNameWord(tokens[j - 1]) && j > floor && j + 1 < ceil) return true;
  if (!t || !(t.text === ',' || (t.lower === 'and' && !t.cap)) || !isNameWord(tokens[j - 1]) || !isNameWord(tokens[j + 1])) return false;
  // Rightwards: name words and commas, up to "and" and its last run of name words.
  let k = j + 1;
  let sawAnd = t.lower === 'and';
  let lastRun = k;
  while (k < ceil) {
    if (isNameWord(tokens[k])) {
      k++;
      continue;
    }
    const joiner = tokens[k].text === ',' || (tokens[k].lower === 'and' && !tokens[k].cap);
    // "Tides, Ports and the Coast": the last part may take an article.
    const article = tokens[k].lower === 'and' && tokens[k + 1]?.lower === 'the' && !tokens[k + 1].cap ? 1 : 0;
    if (!joiner || sawAnd || !isNameWord(tokens[k + 1 + article])) break;
    if (tokens[k].lower === 'and') sawAnd = true;
    k += 1 + article;
    lastRun = k;
  }
  if (!sawAnd) return false;
  if (tokens.slice(lastRun, k).some((x) => isOrgWord(x.text))) return true;
  // Leftwards: the name words before `j`, then "of" or "for" after a body or title word.
  let b = j - 1;
  while (b > floor && (isNameWord(tokens[b - 1]) || tokens[b - 1].text === ',') && isNameWord(tokens[b])) b--;
  const joinerBefore = tokens[b - 1];
  const owner = tokens[b - 2];
  return (
    b - 2 >= floor &&
    joinerBefore !== undefined &&
    !joinerBefore.cap &&
    (joinerBefore.lower === 'of' || joinerBefore.lower === 'for') &&
    owner !== undefined &&
    (isOrgWord(owner.text) || isTitleWord(owner.text))
  );
}

/** A name word, or "Today" closing a name ("USA Today"). */
export function continuesName(t: Token | undefined, prev: Token | undefined): boolean {
  return isNameWord(t) || (t !== undefined && t.cap && t.lower === 'today' && (isNameWord(prev) || prev?.kind === 'poss'));
}

/** Lower-case particles from `i` lead on to a name: "von der Heydt". */
export function particlesThenName(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && !tokens[k].cap && NAME_PARTICLES.has(tokens[k].lower)) k++;
  return k > i && isNameWord(tokens[k]);
}

/** Extend a phrase ending in "A and B" back over a list: "Thailand, Laos, Sri Lanka and the Maldives". */
export function extendList(tokens: Token[], range: Range, floor: number): Range {
  const hasAnd = tokens.slice(range.from, range.to).some((t) => t.lower === 'and');
  if (!hasAnd) return range;
  let from = range.from;
  while (from - 2 >= floor && tokens[from - 1].text === ',' && isNameWord(tokens[from - 2])) {
    let k = from - 2;
    while (k - 1 >= floor && isNameWord(tokens[k - 1])) k--;
    const opener = tokens[k - 1];
    if (opener && !(opener.text === ',' || isCapFunctionWord(opener) || opener.lower === 'that')) break;
    from = k;
  }
  return { from, to: range.to };
}
