// Words of business news: kinds of company, their trades and seats, and the kinds of body a bare "the company" or "the ministry" stands for.

export const COMPANY = [
  'group',
  'company',
  'co',
  'corp',
  'corporation',
  'inc',
  'ltd',
  'plc',
  'llc',
  'holdings',
  'firm',
  'maker',
  'producer',
  'manufacturer',
  'retailer',
  'brand',
  'airline',
  'bank',
  'insurer',
  'lender',
  'operator',
  'giant',
  'exporter',
  'importer',
  'miner',
  'chain',
  'carmaker',
  'startup',
];

// Heads that name a kind of business, beyond COMPANY: "the carrier", "the conglomerate".
export const BUSINESS_HEADS = new Set([
  ...COMPANY,
  'carrier',
  'conglomerate',
  'supermarket',
  'grocer',
  'brewer',
  'utility',
  'telco',
  'broadcaster',
  'automaker',
  'drugmaker',
  'chipmaker',
  'developer',
  'builder',
  'housebuilder',
  'shipper',
  'outfit',
  'multinational',
  'label',
  'studio',
  'publisher',
  'cooperative',
]);

// "-maker" compounds: carmaker, chipmaker, steelmaker, toymaker.
export const MAKER = /^[a-z]{2,}maker$/;
/** "-maker" nouns for people, not companies: "the lawmaker", "the filmmaker". */
export const PEOPLE_MAKERS = new Set([
  'lawmaker',
  'policymaker',
  'filmmaker',
  'peacemaker',
  'kingmaker',
  'dressmaker',
  'homemaker',
  'matchmaker',
  'troublemaker',
  'playmaker',
  'decisionmaker',
  'moviemaker',
  'mapmaker',
  'rainmaker',
  'dealmaker',
  'hatmaker',
  'shoemaker',
  'winemaker',
  'cheesemaker',
  'papermaker',
  'noisemaker',
  'pacemaker',
]);

// "the Tokyo-based firm", "the London-listed miner", "the family-owned group" (hyphens are spaces in a name key).
export const SEAT_WORDS = new Set(['based', 'listed', 'headquartered', 'owned', 'registered', 'controlled', 'backed', 'run']);

// Words of trade that describe a business: "the payments group", "the mining giant".
export const TRADE_WORDS = new Set(
  `
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
  independent record film games publishing
`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that say what kind of body a name is.
export const KIND_WORDS = new Set([
  'ministry',
  'department',
  'agency',
  'council',
  'union',
  'party',
  'government',
  'court',
  'police',
  'association',
  'commission',
  'university',
  'hospital',
  'army',
  'festival',
  'school',
]);

/** The words in a body's name or description that a bare "the X" can stand for. */
// A sports club by its name's words; any body by the words for a body.
const CLUB = ['club', 'fc', 'team', 'united', 'city', 'rovers', 'athletic'];
const ORGANISATION = ['organisation', 'organization', 'group', 'foundation', 'institute', 'charity', 'association'];

export const BODY_KIN: Record<string, string[]> = {
  company: COMPANY,
  firm: COMPANY,
  group: COMPANY,
  force: ['police', 'force', 'constabulary'],
  police: ['police', 'force'],
  ministry: ['ministry'],
  department: ['department'],
  agency: ['agency'],
  union: ['union'],
  council: ['council'],
  party: ['party'],
  government: ['government', 'administration', 'cabinet'],
  court: ['court', 'tribunal'],
  association: ['association'],
  federation: ['federation'],
  commission: ['commission'],
  board: ['board'],
  club: CLUB,
  team: CLUB,
  side: CLUB,
  organisation: ORGANISATION,
  organization: ORGANISATION,
  university: ['university'],
  hospital: ['hospital'],
  army: ['army', 'military', 'forces'],
  military: ['army', 'military', 'forces', 'defence', 'defense'],
  regulator: ['regulator', 'authority', 'commission', 'bank', 'agency'],
  prefecture: ['prefecture', 'prefectural'],
  province: ['province', 'provincial'],
  municipality: ['municipality', 'municipal'],
  county: ['county'],
  district: ['district'],
  // "the utility": a body named for what it supplies.
  utility: ['utility', 'utilities', 'water', 'hydro', 'power', 'electric', 'electricity', 'energy', 'gas'],
};

/** A BODY_KIN list for "the government": a country that has spoken can be named so. */
export const GOVERNMENT = BODY_KIN.government;

/** The legal form after a company's name, often set off by a comma: "Acme Energy, Inc.", "Voss Holdings, PLC". */
export const COMPANY_SUFFIXES = new Set([
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'l.l.c.',
  'llp',
  'lp',
  'l.p.',
  'corp',
  'corp.',
  'co',
  'co.',
  'plc',
  'ag',
  'gmbh',
  'sa',
  's.a.',
  'nv',
  'n.v.',
  'bv',
  'b.v.',
  'spa',
  's.p.a.',
  'ab',
  'asa',
  'oyj',
  'pty',
  'pte',
  'bhd',
  'tbk',
  'kk',
  'k.k.',
]);
