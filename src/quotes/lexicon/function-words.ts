// Closed classes of English words that the phrase rules test tokens against:
// determiners, pronouns, auxiliaries, and the words that open or break a clause.

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const DETERMINERS = set(`the a an another some many several both all most this these those each every any
  such no its their his her our my your`);

/** Lower-case words that may join the capitalised words of one name. */
export const NAME_JOINERS = set(`of for the and & de del della der den van von da do dos du la le bin bint al el ibn
  y on to at sobre para por pour sur des et für zur zum und dei degli delle e`);

/** Particles that open a surname in lower case: "von der Leyen", "bin Salman". */
export const NAME_PARTICLES = set(`von van der den de del della da di du le la bin bint ibn al el dos das`);

export const PRONOUNS = set(`he she they it we i`);
export const OBJECT_PRONOUNS = set(`him her them it us me you`);

export const AUXILIARIES = set(`is are was were be been being has have had will would can could should may might
  must do does did not n't shall`);

/** Words that end a noun phrase when met while reading one. */
export const PHRASE_BREAKERS = set(`that which who whom whose what where when while as after before because since if
  though although than so yet but or nor then also to by with into onto over under about against among between
  through via during without within upon toward towards across behind beyond despite like unlike per amid
  including except whether how why once until unless is are was were be been being has have had will would can
  could should may might must do does did not n't shall him them us me you it its there here according even just
  only still already now again however meanwhile instead later earlier previously also reportedly whereas moreover
  furthermore nevertheless thus therefore indeed besides otherwise rather overall finally first second third last
  next today yesterday tonight here there yes no not`);

/** After a comma these open a clause with a speaker of its own: "…, but Y said". */
export const CLAUSE_BREAKS = set('but while whereas although though however yet');

/** Words that open a clause, after which a subject may stand. */
export const CLAUSE_OPENERS = set(`that and but after before while when as because although though if since whereas
  so once until unless where`);

/** Adverbs and time words that may stand between a speaker and the verb. */
export const ADVERBIALS = set(`also later earlier previously then again still already now once further jointly
  publicly privately separately repeatedly recently initially originally first last today yesterday tonight
  reportedly strongly firmly flatly sharply quickly immediately frequently often never always has have had would will
  did does do not n't just only even ago week month year this next morning afternoon evening night weekend
  subsequently eventually finally simply herself himself themselves itself`);

/** Words that open an inserted phrase that is not a name: ", also on Twitter,". */
export const PARENTHETICAL_OPENERS = set(`also in on at for during after before with via through from who which whose
  when while as according speaking writing citing meanwhile however though although too like unlike including
  by under over not only even outside inside beyond behind despite amid amidst following`);

export const SPEAKING_PRONOUNS = /^(?:i|we|you)$/;

export const FUNCTION_AFTER_LISTENER = new Set([
  'that',
  'to',
  'on',
  'in',
  'at',
  'by',
  'over',
  'via',
  'during',
  'last',
  'this',
  'earlier',
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'there',
  'we',
  'i',
]);

export const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'on', 'to', 'in', 'during', 'at']);

// Words that leave a clause open: the rest of it comes after a cue set inside it.
export const SUBORDINATORS = new Set(['where', 'that', 'which', 'because', 'when', 'while', 'if', 'although', 'though', 'since', 'as']);

export const CALLED_OBJECT_ENDS = new Set(['to', 'for', 'at', 'in', 'on', 'of', 'by', 'with', 'and', 'or', 'but', 'that', 'after', 'before', 'because']);

export const CALLED_OBJECT_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'it', 'him', 'them']);

export const HEARD_AUX = new Set(['has', 'have', 'had']);

export const TOLD_AUX = new Set(['was', 'were', 'been']);

// What opens the content after a fronted formula: "The court heard that …", "Jurors were told how …".
export const HEARD_CONTENT_OPENERS = new Set(['that', 'how']);

// Prepositions that open where or when someone spoke, not what they said.
export const PLACE_OR_TIME = new Set(['at', 'in', 'on', 'with', 'before', 'during', 'after', 'from', 'outside', 'inside', 'near', 'under']);

export const OWN = new Set(['its', 'their']);

// Prepositions that put a clause under a document: "under new rules", "in guidelines", "following a decree".
export const UNDER_DOCUMENT = new Set(['under', 'in', 'following', 'per', 'by']);

export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

export const TIME_PREPOSITIONS = new Set(['over', 'for', 'in', 'during', 'within', 'throughout']);

export const NEGATIONS = new Set(['not', "n't", 'never']);

export const POSSESSIVE_DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'across', 'inside', 'outside', 'near', 'from']);

export const GENERIC_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'from', 'for', 'and']);

export const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

export const CARDINALS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Nouns for a few people acting as one, named just before: "the panel", "the bench", "the trio". */
export const COLLECTIVE_NOUNS = new Set(['panel', 'bench', 'trio', 'quartet']);

export const QUANTITY =
  /^(?:one|about|around|nearly|some|more|than|over|almost|roughly|at|least|up|to|many|several|few|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|score|scores|hundred|hundreds|thousand|thousands|\d[\d,.]*)$/i;

export const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the']);

// Small words inside a body's or an office's name.
export const INNER_JOINERS = new Set(['of', 'for', 'the', 'on']);

export const PERSONAL_POSSESSIVES = new Set(['his', 'her']);

/** A capitalised word that is really a function word opening the sentence ("In", "But", "He"). */
export const CAP_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'of', 'from', 'with', 'by', 'to', 'as', 'and', 'or', 'but', 'nor', 'if']);

// Words of a time phrase between a verb and what follows: "on Monday", "last week", "earlier this year".
export const TIME_WORDS = new Set([
  'on',
  'last',
  'this',
  'earlier',
  'late',
  'early',
  'week',
  'month',
  'year',
  'today',
  'yesterday',
  'weekend',
  'morning',
  'evening',
  'night',
]);

// Prepositions that attach a place or body to a speaker: "activists in Kenya",
// "Bruce Bennett from the RAND Corporation", "officials at the forum".
export const POST_MODIFIERS = new Set(['of', 'from', 'at', 'in', 'for', 'with', 'on', 'to', 'along', 'near', 'across', 'outside']);

export const QUANTIFIERS = new Set(['about', 'around', 'nearly', 'some', 'more', 'than', 'over', 'almost', 'roughly', 'at', 'least']);

// Adjectives that follow the noun they describe: "sources familiar with the talks".
export const POSTNOMINAL = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'aware', 'present', 'responsible', 'speaking']);

/** Adverbs that stand between a subject and its verb: "crews still rely". */
export const MID_ADVERBS = new Set(['still', 'already', 'now', 'never', 'often', 'rarely', 'seldom', 'usually', 'always', 'also', 'mostly', 'largely']);

/** "growers west of the dam": a compass point before "of" says where a group lives. */
export const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);

/** Words for a crowd of a kind: "Hundreds of fishers", "dozens of vendors". */
export const CROWD_WORDS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions']);

export const QUANTITY_WORDS = new Set(['one', 'some', 'many', 'most', 'each', 'several', 'none', 'two', 'three', 'all', 'both']);

// Abbreviations whose period belongs to the word and does not end a sentence.
export const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt maj col capt sgt sen rep gov st jr sr inc corp co ltd no vs etc asst adm cmdr cpl brig
  rev dept est approx jan feb mar apr jun jul aug sep sept oct nov dec mt ft gov fr msgr hon pres supt insp det reps`.split(/\s+/),
);

// Contractions are not possessives: it's, that's, who's, let's (but WHO's is).
export const CONTRACTED = /^(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Ww]hat|[Ww]ho|[Ll]et|[Hh]ere|[Ww]here)$/;

// Words that open a sentence after an abbreviation's period ("… the U.S. The …").
export const SENTENCE_OPENERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'but', 'in', 'on', 'this', 'that', 'a', 'an', 'i']);

/** Prepositions a quoted title or term may follow: "a vote on "…"", "known for "…"". */
export const PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'with', 'as', 'from', 'about', 'by', 'into', 'than', 'like']);

/**
 * Prepositions whose object a reduced relative clause can follow ("in a statement posted on …").
 * Not "of" ("most of the residents said"), nor "as", "like" and "than", which open clauses ("as the mayor said").
 */
export const REDUCED_AFTER = new Set(['for', 'in', 'on', 'at', 'with', 'from', 'about', 'into']);

/** Possessives that name a document's issuer, and the pronoun each stands for: "her sermon" is hers. */
export const OWNER_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/** Words of a clause about how a source spoke, not who they are: "who spoke on condition of anonymity". */
export const ANONYMITY_WORDS = new Set([
  'anonymity',
  'anonymously',
  'named',
  'identified',
  'authorized',
  'authorised',
  'publicly',
  'record',
  'used',
  'withheld',
]);

/** Endings of adjectives: "additional", "protective", "previous", "useful", "available". */
export const ADJECTIVE_ENDING = /(?:al|ive|ous|ful|able|ible|less)$/;

/** Prepositions before a document that another made: "learned of it from a flyer", "about a report". */
export const NOT_OWN_DOCUMENT = new Set(['from', 'of', 'about', 'against', 'to', 'by', 'over']);

/** Prepositions that open a phrase naming which document it is: "a post on a forum", "a summary of the figures". */
export const DOCUMENT_PREPOSITIONS = new Set(['of', 'on', 'in', 'against', 'to', 'about', 'into', 'with']);

/** Prepositions a participle describing a noun takes: "contacted by", "circulating on", "prepared for". */
export const PARTICIPLE_PREPOSITIONS = new Set(['by', 'on', 'for', 'among', 'to', 'in', 'at', 'from', 'with', 'across', 'about', 'near']);

/** Prepositions that may open a phrase inside a described subject: "at rural depots near …". */
export const PHRASE_PREPOSITIONS = new Set([...PREPOSITIONS, ...PLACE_PREPOSITIONS, 'among', 'across', 'near', 'over', 'under', 'through', 'around']);

/** Words that open a sentence before its subject: "But a briefing …", "Also, the …". */
export const SUBJECT_OPENERS = new Set(['but', 'and', 'also', 'yet', 'meanwhile', 'however', 'still']);
