// "The Swedish payments group", "the Tokyo-based chipmaker", "the carmaker":
// business news names a company once and then describes it. A description
// whose head is a kind of business and whose other words only say where it is
// from or what trade it is in is the company named before, not a new speaker.
import { COMPANY } from './entity-lookup.js';
import { NATIONALITIES } from './lexicon/nouns.js';

// Heads that name a kind of business, beyond COMPANY: "the carrier", "the conglomerate".
const BUSINESS_HEADS = new Set([...COMPANY, 'carrier', 'conglomerate', 'supermarket', 'grocer', 'brewer', 'utility', 'telco', 'broadcaster', 'automaker', 'drugmaker', 'chipmaker', 'developer', 'builder', 'housebuilder', 'shipper', 'outfit', 'multinational']);
// "-maker" compounds: carmaker, chipmaker, steelmaker, toymaker.
const MAKER = /^[a-z]{2,}maker$/;
// "the Tokyo-based firm", "the London-listed miner", "the family-owned group" (hyphens are spaces in a name key).
const SEAT_WORDS = new Set(['based', 'listed', 'headquartered', 'owned', 'registered', 'controlled', 'backed', 'run']);
// Words of trade that describe a business: "the payments group", "the mining giant".
const TRADE_WORDS = new Set(`
  payments payment shipping mining oil gas energy power utilities tech technology software internet online e commerce
  chip chips semiconductor electronics media telecoms telecom telecommunications retail fashion clothing food foods
  grocery drinks beverage beverages brewing spirits tobacco airline aviation aerospace engineering construction
  building property real estate insurance banking financial finance investment asset fintech pharmaceutical
  pharmaceuticals pharma drug drugs biotech biotechnology healthcare medical chemicals chemical steel metals
  logistics freight car auto automotive motor truck luxury consumer gaming games entertainment travel hotel hotels
  hospitality leisure packaging textile textiles paper forestry agricultural agribusiness fertiliser fertilizer
  lending mortgage credit trading commodities commodity defence defense security cybersecurity private equity
  outsourcing consulting advertising publishing music streaming social ride hailing delivery budget low cost
  listed diversified industrial manufacturing battery solar wind nuclear
  water rail railway bus cruise container postal parcel cement glass toy toys furniture appliance appliances
  sportswear footwear beauty cosmetics pharmacy supermarket discount department mobile phone smartphone network
  cloud data ai robotics dairy meat seafood fishing sugar coffee tea cocoa
`.split(/\s+/).filter(Boolean));

/** Whether `head` is a "-maker" compound: "the carmaker", "the chipmaker". */
export function isMakerHead(head: string): boolean {
  return MAKER.test(head);
}

/** Whether `head` names a kind of business: "group", "lender", "carmaker". */
export function isBusinessHead(head: string): boolean {
  return BUSINESS_HEADS.has(head) || MAKER.test(head);
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

