// Short lines printed beside a byline that say more about it: the outlet
// ("USA TODAY", "Nation Media Group"), the desk ("Staff Writer") or the place
// ("ANKARA"), and labels that introduce one ("News provided by").
import { isOutletName, isRolePart } from './byline.js';
import { dateLine } from './dates.js';

export type CreditKind = 'role' | 'outlet' | 'place';

// Words of a credit line: capitalised words, numbers, and the small words of names.
const CREDIT_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|&|of|the|and|for|de|du|da|la|le|al|el)$/u;
// "Corvista Energy, Inc.": a company.
const COMPANY_SUFFIX = /,?\s+(?:inc|ltd|llc|plc|corp|co|gmbh|ag|sa|limited)\.?$/i;
const CREDIT_MAX = 60;

/** What a short credit line names, or null when the line is not one. */
export function creditLine(line: string): CreditKind | null {
  if (line.length > CREDIT_MAX || dateLine(line)) return null;
  const company = COMPANY_SUFFIX.test(line);
  const rest = line.replace(COMPANY_SUFFIX, '');
  // Sentence punctuation makes it prose; initials and abbreviations ("L.A.") keep their stops.
  if (/[;:!?"“”()]/.test(rest) || /[.,]$/.test(rest)) return null;
  const words = rest.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(words[0]) || !words.every((w) => CREDIT_WORD.test(w))) return null;
  if (isRolePart(rest)) return 'role';
  return company || isOutletName(rest) ? 'outlet' : 'place';
}

/** "News provided by", "Written by": a label whose credit is on the next line. */
export function isCreditLabel(line: string): boolean {
  return /^(?:[\p{L}]+\s+){0,3}by:?$/iu.test(line);
}
