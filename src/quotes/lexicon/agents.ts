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
