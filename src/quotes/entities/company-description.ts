// "The Swedish payments group", "the Tokyo-based chipmaker", "the carmaker":
// business news names a company once and then describes it. A description
// whose head is a kind of business and whose other words only say where it is
// from or what trade it is in is the company named before, not a new speaker.

import { COMPANY, NATIONALITIES } from '../lexicon/index.js';
import { BUSINESS_HEADS, MAKER, PEOPLE_MAKERS, SEAT_WORDS, TRADE_WORDS } from '../lexicon/index.js';

/** Whether `head` is a "-maker" compound: "the carmaker", "the chipmaker". */
export function isMakerHead(head: string): boolean {
  return MAKER.test(head) && !PEOPLE_MAKERS.has(head);
}

/** Whether `head` names a kind of business: "group", "lender", "carmaker". */
export function isBusinessHead(head: string): boolean {
  return BUSINESS_HEADS.has(head) || (MAKER.test(head) && !PEOPLE_MAKERS.has(head));
}

/**
 * Whether a definite description with this head and these other words
 * describes a company: a business head, and every other word a nationality,
 * "X-based" or a word of trade (a name key: mods in reading order, hyphens as spaces) ("the Swedish payments group").
 */
export function describesCompany(head: string, mods: ReadonlySet<string>): boolean {
  if (!isBusinessHead(head)) return false;
  // Words before "based" or "owned" say where or whose: "tokyo based", "hong kong listed", "state owned".
  const words = [...mods];
  let seat = -1;
  for (let i = 0; i < words.length; i++) if (SEAT_WORDS.has(words[i])) seat = i;
  for (let i = seat + 1; i < words.length; i++) if (!NATIONALITIES.has(words[i]) && !TRADE_WORDS.has(words[i])) return false;
  return seat !== 0;
}
