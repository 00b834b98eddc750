// Place names that a run of capitals may be: countries, states and provinces,
// and the larger cities that datelines and stories name. A place is never a
// person; it speaks only as its government ("Moscow said").

const PLACES = new Set(
  `
afghanistan, albania, algeria, andorra, angola, antigua, argentina, armenia, australia, austria, azerbaijan,
bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, botswana,
brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, cape verde, chad, chile, china,
colombia, comoros, congo, costa rica, croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti,
dominica, dominican republic, ecuador, egypt, el salvador, equatorial guinea, eritrea, estonia, eswatini,
ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea,
guinea-bissau, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy,
ivory coast, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia,
lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives,
mali, malta, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco,
mozambique, myanmar, namibia, nauru, nepal, netherlands, new zealand, nicaragua, niger, nigeria, north korea,
north macedonia, norway, oman, pakistan, palau, palestine, panama, papua new guinea, paraguay, peru, philippines,
poland, portugal, qatar, romania, russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles,
sierra leone, singapore, slovakia, slovenia, somalia, south africa, south korea, south sudan, spain, sri lanka,
sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad,
tunisia, turkey, turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom, united states,
uruguay, uzbekistan, vanuatu, venezuela, vietnam, yemen, zambia, zimbabwe, england, scotland, wales,
northern ireland, britain, great britain, europe, africa, asia, america, north america, south america,
latin america, middle east, gaza, west bank, crimea, donbas, kashmir, tibet, xinjiang, hong kong, macau,
greenland, puerto rico, darfur, sahel, balkans, caucasus, siberia, alabama, alaska, arizona, arkansas,
california, colorado, connecticut, delaware, florida, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky,
louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon,
pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia,
west virginia, wisconsin, wyoming, ontario, quebec, british columbia, alberta, bavaria, catalonia, punjab, sindh,
balochistan, goa, kerala, tamil nadu, bengal, new york city, los angeles, chicago, houston, san francisco,
seattle, boston, miami, atlanta, detroit, dallas, denver, philadelphia, baltimore, new orleans, las vegas,
phoenix, toronto, montreal, vancouver, london, paris, berlin, madrid, rome, milan, naples, lisbon, dublin, cork,
brussels, amsterdam, vienna, prague, warsaw, budapest, bucharest, sofia, athens, istanbul, ankara, moscow,
st petersburg, kyiv, kiev, kharkiv, odesa, minsk, riga, vilnius, tallinn, helsinki, stockholm, oslo, copenhagen,
geneva, zurich, bern, munich, frankfurt, hamburg, innsbruck, salzburg, beijing, shanghai, shenzhen, guangzhou,
wuhan, tokyo, osaka, seoul, pyongyang, taipei, manila, jakarta, bangkok, hanoi, saigon, ho chi minh city,
kuala lumpur, delhi, new delhi, mumbai, bangalore, kolkata, chennai, karachi, lahore, islamabad, kabul, tehran,
baghdad, damascus, beirut, amman, jerusalem, tel aviv, riyadh, jeddah, doha, dubai, abu dhabi, cairo, alexandria,
tripoli, tunis, algiers, rabat, casablanca, lagos, abuja, accra, dakar, nairobi, mombasa, kampala, kigali,
addis ababa, khartoum, juba, mogadishu, dar es salaam, harare, lusaka, luanda, kinshasa, johannesburg, pretoria,
cape town, durban, mexico city, havana, caracas, bogota, lima, quito, santiago, buenos aires, sao paulo,
rio de janeiro, brasilia, sydney, melbourne, brisbane, perth, canberra, auckland, wellington, christchurch,
washington, washington dc, strasbourg, the hague, hague, vatican
`
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** True when `name` (any case) is a country, state, province or large city. */
const SEEN = new Map<string, boolean>();

export function isPlace(name: string): boolean {
  let known = SEEN.get(name);
  if (known === undefined) {
    known = PLACES.has(
      name
        .toLowerCase()
        .replace(/\./g, '')
        .replace(/[’']s$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (SEEN.size > 20_000) SEEN.clear();
    SEEN.set(name, known);
  }
  return known;
}

/**
 * Seats of a government office that speak as that office, not as the country:
 * "Downing Street said", "the Kremlin said". An organisation, unlike "Moscow said".
 */
export const OFFICE_SEATS = new Set([
  'downing street',
  'number 10',
  'no 10',
  'no. 10',
  'white house',
  'kremlin',
  'elysee',
  'élysée',
  'elysee palace',
  'élysée palace',
  'pentagon',
  'whitehall',
  'quai d’orsay',
  "quai d'orsay",
  'blue house',
  'zhongnanhai',
  'bundeskanzleramt',
  'chancellery',
  'malacanang',
  'malacañang',
  'rashtrapati bhavan',
  'lodge',
]);
