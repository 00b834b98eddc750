// Plural nouns for people by what they do: "growers", "forecasters",
// "panelists", "economists", "residents". General English word formation,
// not a list of groups: an agent ending on a plural word.

const AGENT_PLURAL = /(?:[^aeiou]ers|ors|ists|ians|ants|ents|eers|ives|ees)$/;

// Common plurals with those endings that name things, not people.
const NOT_AGENTS = new Set(
  `others numbers orders papers waters centers centres matters letters powers towers
  flowers offers layers barriers borders computers containers factors sectors doors floors colors colours errors
  mirrors corridors events comments documents payments plants grants elements amounts moments parameters
  chapters characters quarters headquarters filters meters metres kilometers kilometres liters litres
  monsters papers posters printers rivers shelters showers summers winters waters weathers
  answers markers motors sensors monitors reactors tractors vectors indicators elevators escalators radiators
  accidents incidents instruments investments governments departments apartments arguments statements treatments
  settlements agreements requirements developments improvements movements shipments segments fragments
  percents cents talents contents intents tents vents patents rents accents restaurants
  variants implants pants giants objectives initiatives incentives archives lives knives wives
  motives alternatives perspectives narratives fees degrees trees knees committees guarantees
  careers years`.split(/\s+/),
);

/** A plural noun for people by what they do: "growers", "panelists", "residents". */
export function isAgentPlural(lower: string): boolean {
  return lower.length > 5 && AGENT_PLURAL.test(lower) && !NOT_AGENTS.has(lower);
}

// A noun for one person by what they do: "supervisor", "welder", "pharmacist",
// "technician", "auctioneer". Adjectives in -ant and -ent are left out ("recent").
const AGENT_SINGULAR = /(?:[^aeiou]er|[^aeiou]or|ist|ician|arian|eer)$/;

// Singulars with those endings that are not people, or not nouns.
const NOT_AGENT = new Set(
  `other another under after over never ever whether rather together however whatever whenever wherever further
  either neither number order paper water center centre matter letter power tower flower offer layer barrier border
  computer container factor sector door floor color colour error mirror corridor chapter character quarter filter
  meter metre liter litre monster poster printer river shelter shower summer winter weather answer marker motor
  sensor monitor reactor tractor vector indicator elevator escalator radiator corner danger anger finger hunger
  timber fiber fibre dinner later earlier older younger bigger smaller larger longer shorter higher lower greater
  faster slower stronger weaker better bitter major minor prior junior senior interior exterior superior inferior
  error horror mirror terror honor honour labor labour rumor rumour humor humour favor favour flavor flavour vapor
  harbor harbour neighbor behavior behaviour tumor tenor mayor anchor manor donor armor armour parlor splendor
  register charter cancer gender sugar dollar pillar collar cellar calendar regular particular popular similar
  familiar solar polar lunar nuclear clear near dear year gear fear rear tear wear bear hear appear clever proper
  super upper inner outer cyber silver copper rubber leather feather platter trigger blocker banner manner dinner
  quarter spider ladder folder holder binder tender fender blender thunder wonder member transfer render
  simpler wider deeper cheaper richer poorer safer tougher harder softer quicker louder clearer closer newer fewer
  lesser broader darker lighter tighter looser warmer colder hotter cooler wetter drier heavier easier busier happier
  healthier riskier smarter sharper steeper thinner thicker plainer fairer nearer former latter lower shelter thriller
  trailer container cluster disaster register semester theater theatre chamber encounter counter shoulder powder
  parameter diameter perimeter thermometer barometer sweater blister ledger voucher
  water paper power tower order other after under never later lower upper inner outer cover lever fever river liver
  timer motor color honor labor error favor humor rumor tumor vapor razor manor minor major prior poker laser meter
  liter offer enter alter utter otter sober fiber cider tiger super ulcer cyber eager wider fewer newer older safer
  sheer queer steer cheer layer flyer prayer twist wrist exist heist moist hoist joist whist
  merger buffer roster sticker banner border leaflet poster thriller charter filter`.split(/\s+/),
);

/** A noun for one person by what they do, beyond the lists: "supervisor", "welder". */
export function isAgentSingular(lower: string): boolean {
  return lower.length > 4 && !lower.includes('-') && AGENT_SINGULAR.test(lower) && !NOT_AGENT.has(lower);
}
