// Nouns that can head a speaker phrase, and the words that make up titles and
// the names of organisations. General newsroom English, not any one outlet.

import { CONFERRED_STYLES, HONORIFICS, SEAT_LETTERS } from './names.js';
import { givenNameGender } from './given-names.js';
import { isAgentSingular } from './agents.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** One person described, not named: "the official", "a defense ministry spokesman". */
export const PERSON_NOUNS = words(`
  official spokesman spokeswoman spokesperson minister president secretary director expert analyst researcher
  professor economist diplomat aide adviser advisor source lawyer attorney prosecutor judge witness eyewitness
  resident student teacher doctor nurse scientist leader chief chairman chairwoman chair ceo executive manager
  officer commander general colonel captain sheriff mayor governor senator lawmaker legislator congressman
  congresswoman representative ambassador envoy negotiator mediator activist campaigner organizer organiser
  founder member worker employee victim survivor relative mother father son daughter wife husband brother sister
  friend neighbor neighbour owner farmer driver pilot soldier correspondent reporter journalist editor author
  writer historian commentator critic supporter opponent candidate voter administrator regulator inspector
  investigator detective coroner dispatcher passenger player coach attacker suspect defendant plaintiff rapporteur
  pope priest rabbi imam bishop prince princess king queen monarch premier chancellor head deputy boss insider
  observer specialist consultant engineer physician epidemiologist strategist pollster banker trader investor
  entrepreneur businessman businesswoman fellow scholar academic planner operator survivor mother-in-law
  commissioner superintendent constable sergeant lieutenant admiral counsel agent clerk guard protester councillor
  councilor alderman chancellor barman barmaid waiter bartender landlord tenant musician singer artist athlete
  sprinter runner minister-president
  protestor demonstrator organiser user customer patient parent teenager man woman boy girl veteran
  representative delegate spokesperson staffer strategist servant retiree pensioner shopkeeper vendor commuter
  homeowner caller speaker cop pupil schoolboy schoolgirl motorist
  midfielder striker goalkeeper goalie defender quarterback pitcher winger batsman batter bowler jockey swimmer
  boxer golfer skipper referee umpire footballer cricketer forward linebacker cornerback receiver fullback halfback
  flanker playmaker shortstop catcher rookie sprinter cyclist driver rider figure
  advocate solicitor barrister chairperson chairwoman person paramedic firefighter ranger warden steward trustee
`);

/** A body that speaks as one: "the ministry", "police", "the company". */
export const BODY_NOUNS = words(`
  police government administration ministry department agency company firm council committee commission court
  parliament congress senate military army navy embassy office team group coalition alliance union campaign
  organization organisation foundation institute association network board party opposition regime broadcaster
  newspaper service hospital university school church mosque tribunal cabinet presidency kremlin force bank
  fund club trust body watchdog operator airline carrier retailer lender insurer producer exporter manufacturer
  supplier chain outlet platform charity mission delegation federation consortium regulator ombudsman inquiry
  panel jury prefecture municipality authority directorate secretariat bureau prosecution defence defense
  label studio publisher magazine orchestra band cooperative utility
`);

/** Several people, or several bodies, spoken of together: "residents", "analysts", "rights groups". */
export const PEOPLE_NOUNS = words(`
  officials experts analysts activists environmentalists conservationists residents witnesses authorities
  lawmakers legislators critics skeptics sceptics opponents supporters protesters protestors demonstrators
  observers scientists researchers economists diplomats sources leaders organizers organisers campaigners
  workers employees students teachers doctors nurses families relatives prosecutors investigators officers
  rebels militants insurgents villagers farmers voters members participants delegates negotiators ministers
  aides advisers advisors executives spokespeople agencies companies governments groups parties unions
  regulators scholars academics historians commentators planners users customers patients parents survivors
  victims veterans citizens people locals merchants traders investors bankers businesses owners senators
  representatives democrats republicans reporters journalists correspondents editors lawyers attorneys judges
  mayors governors commissioners producers exporters manufacturers suppliers cops pupils motorists commuters
  passengers drivers
  fans followers viewers listeners readers subscribers spectators audiences visitors tourists travellers travelers
  pilgrims worshippers mourners shoppers diners consumers taxpayers ratepayers homeowners renters tenants landlords
  landowners growers breeders ranchers fishermen fishers hunters miners truckers hauliers haulers dockers
  dockworkers strikers unionists employers stakeholders shareholders bondholders creditors borrowers depositors
  clients volunteers rescuers firefighters paramedics medics clinicians surgeons midwives carers caregivers
  graduates applicants migrants refugees immigrants expats newcomers pedestrians cyclists riders neighbours
  neighbors jurors panelists panellists pundits bloggers influencers petitioners plaintiffs claimants defendants
  complainants forecasters meteorologists archaeologists vets veterinarians pharmacists dentists troops fighters
  soldiers guards organisers hosts exhibitors vendors wholesalers retailers insiders staff personnel crews
`);

/** Several people, or a body that speaks as one. */
export const GROUP_NOUNS = new Set([...BODY_NOUNS, ...PEOPLE_NOUNS]);

/** Informal names of a body that speaks: "cops" for the police. */
export const BODY_SYNONYMS = new Map([['cops', 'police']]);

/** Documents and reports that state things: "according to a UN report". */
export const DOCUMENT_NOUNS = words(`
  statement statements report reports email emails letter letters memo document documents release communique
  communiqué transcript filing study survey poll analysis assessment audit review tweet post message notice
  advisory bulletin ruling complaint lawsuit petition resolution declaration editorial article accounts account
  reports guidance guideline guidelines findings figures data estimate estimates forecast handout notification circular
  press-release filing filings complaint indictment affidavit judgment verdict records rules regulations directive
  directives decree
  homily homilies sermon sermons encyclical encyclicals eulogy posts
  flyer flyers leaflet leaflets pamphlet brochure deck note notes
  summary presentation dossier submission evaluation
`);

/** A number reached by counting, whose counter speaks for it: "according to a count by X". */
export const TALLY_NOUNS = new Set(['count', 'tally', 'calculation', 'calculations', 'estimate', 'estimates']);

/** Where a body publishes what it says: "according to its website". */
export const WEB_SOURCES = new Set(['website', 'site', 'webpage', 'page', 'account', 'channel', 'blog', 'feed', 'app']);

/** Nouns for a document only when they are described as one: "texts seen by the paper show …". */
export const DESCRIBED_DOCUMENTS = new Set([
  'messages',
  'texts',
  'emails',
  'chats',
  'files',
  'briefing',
  'screenshot',
  'screenshots',
  'papers',
  'brief',
  'slides',
  'minutes',
]);

/** Words that make a title another office than the one they qualify: "the deputy mayor" is not the mayor. */
export const RANK_MODIFIERS = new Set(['deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'former', 'junior', 'shadow', 'under']);

/** Words of a title or rank that stand before a name: "Foreign Minister", "Lt. Gen.". */
export const TITLE_WORDS = words(`
  president vice prime minister secretary general secretary-general director director-general chairman chairwoman
  chair ceo cfo coo cto founder co-founder chief spokesman spokeswoman spokesperson senator sen. rep. representative
  congressman congresswoman gov. governor mayor sheriff judge justice ambassador envoy adviser advisor commissioner
  chancellor premier king queen prince princess crown pope rabbi imam bishop reverend rev. father dr. dr prof.
  professor lord lady gen. lt. lt maj. maj col. capt. captain cmdr. commander
  sgt. sergeant admiral adm. lieutenant major colonel corporal cpl. deputy assistant asst. associate executive
  senior special acting interim former head leader member fellow attorney lawyer counsel correspondent reporter
  editor analyst expert researcher economist coach manager officer official undersecretary under-secretary
  auditor inspector detective superintendent constable chairperson president-elect vice-president dean provost
  lecturer scientist historian secretary-designate minister-designate emir sheikh ayatollah cardinal archbishop
  marshal brigadier brig. field staff spokesperson spokespeople treasurer registrar speaker whip leader
  attorney-general attorney general solicitor-general comptroller controller councillor councilor councilmember councilwoman councilman alderman
  alderwoman shrimati kumari hon hon. hon’ble hon'ble adv. er. baroness baron mx
  dcp acp ssp dsp igp dgp sp asp cp det det. insp supt garda
  mx. archdeacon canon pastor prof minister-president emperor empress tsar czar sultan duke duchess patriarch
`);
for (const w of [...HONORIFICS, ...CONFERRED_STYLES, ...[...SEAT_LETTERS].map((x) => x.toLowerCase())]) TITLE_WORDS.add(w);

/** Words that make a capitalised run the name of a body or place, not a person. */
export const ORG_WORDS = words(`
  house ministry department dept. office council committee commission agency institute university college school
  center centre foundation association party army navy force forces police service services bank fund organization
  organisation union group corporation corp. company co. inc. inc ltd. ltd llc coalition alliance campaign club
  society network project partnership initiative conservancy trust board bureau authority court tribunal parliament
  congress senate assembly government administration embassy consulate federation league movement front program
  programme station hospital museum aquarium park airport port railway railways street road avenue square island
  islands river sea ocean gulf coast bay lake mountain mountains valley county state states province region
  district city republic kingdom nations times post news press journal herald tribune guardian telegraph daily
  weekly radio television tv media affairs policy programs advocacy communications operations development research
  security strategy studies sciences science health defense defence justice treasury interior education transport
  transportation energy commerce labor labour finance trade agriculture environment acquisition litigation
  conservation action relations resources management industries industry technologies technology systems
  holdings partners associates capital ventures labs lab reserve guard corps command headquarters cabinet
  caucus fellowship prefecture municipality directorate secretariat church mosque temple synagogue diocese tribe tribes nation people peoples communities
  airlines airways motors rights freedom freedoms liberties issues centers centres institutes ministries
  stadium arena bridge market mall hotel prison jail palace cathedral castle tower building plaza theatre theater
  water hydro transit metro rail
  cinema gallery library zoo garden gardens field ground grounds track festival games olympics championship
  championships cup league tournament summit conference forum expo fair
  departments agencies offices councils committees associations unions federations foundations universities
  hospitals commissions parties organizations organisations networks coalitions alliances companies
  manufacturing semiconductor semiconductors electronics chemicals pharmaceuticals pharma foods mining shipping
  logistics solutions enterprises products brands software insurance steel petroleum telecom telecommunications
  cooperative co-operative cooperatives collective syndicate guild chamber consortium
  records studios studio pictures films entertainment music publishing publishers productions broadcasting
  orchestra philharmonic choir ensemble ballet opera label labels utilities utility electric
  gazette chronicle courier examiner inquirer magazine mail express mirror
`);

// Suffixes of common nouns that are almost never part of a personal name.
const ABSTRACT_SUFFIX = /(?:tion|tions|sion|sions|ment|ments|ity|ities|ics|ship|ism|ogy|ness|ance|ances|ence|ences)$/;

// Answers kept per word: names are tested again and again, and each test lower-cases.
const ORG_WORD_SEEN = new Map<string, boolean>();
const TITLE_WORD_SEEN = new Map<string, boolean>();
const MAX_SEEN = 50_000;

function remembered(seen: Map<string, boolean>, word: string, test: (word: string) => boolean): boolean {
  let yes = seen.get(word);
  if (yes === undefined) {
    yes = test(word);
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(word, yes);
  }
  return yes;
}

/** Parts of a body that speak as themselves: "the workers' branch of the union". */
export const BODY_PARTS = new Set(['branch', 'wing', 'arm', 'chapter', 'division', 'section', 'unit', 'local']);

/** Fields of work that a body's name lists before its head: "Food and Drug Administration". */
export const FIELD_WORDS = words(`
  health safety security science sciences trade industry industries energy commerce environment agriculture education
  transport transportation finance labor labour justice development research technology culture sport sports tourism
  fisheries food drug drugs housing planning welfare employment
`);

/** True for a capitalised word that names a kind of thing, not a person. */
export function isOrgWord(word: string): boolean {
  return remembered(ORG_WORD_SEEN, word, orgWord);
}

function orgWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (ORG_WORDS.has(lower)) return true;
  // A hyphenated word is more often a double surname ("Tobin-Durance", "Hale-Munro") than an
  // abstract noun, so the suffixes do not make it a body's word.
  if (lower.includes('-')) return false;
  // "Purity", "Florence": a given name with an abstract noun's ending is still a name.
  return (
    lower.length > 5 && ABSTRACT_SUFFIX.test(lower) && givenNameGender(lower) === null && !/^(?:terrence|clarence|lawrence|laurence|constance)$/.test(lower)
  );
}

/** A rank, office or occupation that can stand before a name: "Foreign Minister", "Nurse". */
export function isTitleWord(word: string): boolean {
  return remembered(TITLE_WORD_SEEN, word, titleWord);
}

function titleWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "co-chair", "co-founder": a shared office is the office.
  const office = lower.startsWith('co-') ? lower.slice(3) : lower;
  if (TITLE_WORDS.has(office) || PERSON_NOUNS.has(office)) return true;
  // "Auditor-General", "Inspector-General", "Vice-Chancellor": an office joined to a rank.
  const parts = office.split('-');
  return parts.length === 2 && parts.every((p) => TITLE_WORDS.has(p) || PERSON_NOUNS.has(p) || OFFICE_PARTS.has(p)) && !parts.every((p) => OFFICE_PARTS.has(p));
}

// Words that join an office to make another: "Auditor-General", "Vice-Chancellor".
const OFFICE_PARTS = new Set(['general', 'vice', 'deputy', 'chief', 'lieutenant', 'major']);

/** "Judges" in "Judges A, B and C": a title before several names. */
export function isPluralTitle(word: string): boolean {
  const lower = word.toLowerCase();
  // "MPs", "MEPs": the plural of a title's letters.
  if (/^\p{Lu}{2,4}s$/u.test(word)) return titleWord(lower.slice(0, -1));
  // "Reps.", "Sens.": the plural of a title's short form.
  if (/^\p{Lu}\p{Ll}{1,3}s\.$/u.test(word)) return titleWord(`${lower.slice(0, -2)}.`);
  return lower.length > 4 && lower.endsWith('s') && titleWord(lower.slice(0, -1));
}

/** Nationality and regional adjectives that open a title: "Turkish President". */
export const NATIONALITIES = words(`
  american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
  austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
  turkish russian ukrainian belarusian georgian armenian azerbaijani kazakh uzbek estonian latvian lithuanian
  serbian croatian bosnian slovenian albanian macedonian montenegrin moldovan chinese japanese korean taiwanese
  mongolian vietnamese thai cambodian laotian burmese malaysian singaporean indonesian filipino philippine indian
  pakistani afghan bangladeshi nepali sri lankan iranian iraqi syrian lebanese israeli palestinian jordanian saudi
  emirati qatari kuwaiti bahraini omani yemeni egyptian libyan tunisian algerian moroccan sudanese ethiopian
  eritrean somali kenyan ugandan tanzanian rwandan burundian congolese nigerian ghanaian senegalese malian
  ivorian cameroonian gabonese angolan zambian zimbabwean mozambican malawian namibian botswanan south african
  canadian mexican cuban haitian dominican jamaican guatemalan honduran salvadoran nicaraguan costa rican panamanian
  colombian venezuelan ecuadorian peruvian bolivian chilean argentine argentinian uruguayan paraguayan brazilian
  australian zealand european african asian arab western eastern northern southern north south east west federal
  national state local
  gambian sierra leonean liberian guinean nigerien chadian
`);

/** Country names with the capitals and seats that stand for them in news copy. */
export const COUNTRY_METONYMS: Record<string, string[]> = {
  'United States': ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'Washington', 'the United States'],
  Russia: ['Moscow', 'Kremlin', 'the Kremlin', 'Russian Federation'],
  China: ['Beijing', "People's Republic of China", 'PRC'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain', 'London', 'Downing Street'],
  France: ['Paris', 'Elysee', 'Élysée'],
  Germany: ['Berlin'],
  Japan: ['Tokyo'],
  'South Korea': ['Seoul'],
  'North Korea': ['Pyongyang'],
  India: ['New Delhi', 'Delhi'],
  Pakistan: ['Islamabad'],
  Afghanistan: ['Kabul'],
  Iran: ['Tehran'],
  Iraq: ['Baghdad'],
  Syria: ['Damascus'],
  Israel: ['Jerusalem'],
  Turkey: ['Ankara', 'Türkiye'],
  Ukraine: ['Kyiv', 'Kiev'],
  Belarus: ['Minsk'],
  Poland: ['Warsaw'],
  Italy: ['Rome'],
  Spain: ['Madrid'],
  Egypt: ['Cairo'],
  'Saudi Arabia': ['Riyadh'],
  Kenya: ['Nairobi'],
  Nigeria: ['Abuja'],
  Ethiopia: ['Addis Ababa'],
  'South Africa': ['Pretoria'],
  Uganda: ['Kampala'],
  Canada: ['Ottawa'],
  Mexico: ['Mexico City'],
  Brazil: ['Brasilia', 'Brasília'],
  Australia: ['Canberra'],
  Taiwan: ['Taipei'],
  Venezuela: ['Caracas'],
  Cuba: ['Havana'],
  Qatar: ['Doha'],
  'United Arab Emirates': ['UAE', 'Abu Dhabi'],
  Vietnam: ['Hanoi'],
  Thailand: ['Bangkok'],
  Indonesia: ['Jakarta'],
  Philippines: ['Manila'],
  Myanmar: ['Naypyitaw', 'Burma'],
  Bangladesh: ['Dhaka'],
  'European Union': ['EU', 'E.U.', 'Brussels'],
  'Holy See': ['Vatican'],
};

/** Every country, capital and other name that stands for a country, in lower case. */
export const METONYMS = new Set(
  Object.entries(COUNTRY_METONYMS)
    .flatMap(([country, others]) => [country, ...others])
    .map((s) => s.toLowerCase()),
);

/** The months, which are also surnames and given names after a title ("Ms May", "Mr March"). */
export const MONTHS = words(`january february march april may june july august september october november december`);

/** Words that look like names but are the days, months and such of a dateline. */
export const CALENDAR_WORDS = new Set([
  ...words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  feb feb. mar. apr apr. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
`),
  ...MONTHS,
]);

/** A noun for one person: "official", "the 45-year-old". */
export function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || /^\d+-year-old$/.test(lower) || (lower.startsWith('co-') && PERSON_NOUNS.has(lower.slice(3)));
}

/** The plural of a noun for one person is a group: "suspects", "spokesmen", "deputies". */
export function isPersonPlural(lower: string): boolean {
  if (lower.length < 4) return false;
  const singular = lower.endsWith('men')
    ? `${lower.slice(0, -3)}man`
    : lower.endsWith('ies')
      ? `${lower.slice(0, -3)}y`
      : lower.endsWith('s')
        ? lower.slice(0, -1)
        : '';
  return singular !== '' && isPersonNoun(singular);
}

export function isSpeakerNoun(lower: string): boolean {
  const w = lower.replace(/[’']s$/, '');
  return isPersonNoun(w) || GROUP_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || isPersonPlural(w) || w === 'former' || w === 'latter' || isAgentSingular(w);
}

export const MEDIA = new Set([
  'statement',
  'interview',
  'briefing',
  'speech',
  'letter',
  'post',
  'tweet',
  'remarks',
  'address',
  'conference',
  'call',
  'meeting',
  'report',
  'video',
  'message',
  'email',
  'op-ed',
  'column',
  'response',
  'reply',
  'release',
  'note',
  'filing',
  'submission',
  'notice',
  'update',
  'podcast',
  'show',
  'programme',
  'program',
  'broadcast',
  'appearance',
  'hearing',
  'sermon',
  'homily',
  'memo',
  'newsletter',
  'blog',
]);

export const CHANNELS = new Set([
  'twitter',
  'facebook',
  'x',
  'instagram',
  'telegram',
  'television',
  'radio',
  'tv',
  'air',
  'phone',
  'telephone',
  'email',
  'e-mail',
  'text',
  'video',
  'videolink',
]);

const RESULT_WORDS = `results profit profits loss losses revenue revenues sales earnings income figures growth decline rise fall deficit surplus`.split(' ');
export const RESULTS = new RegExp(`^(?:${RESULT_WORDS.join('|')})$`);

// What a sentence reports a figure of ("Revenue will fall", "Prices rose"): such a word opening a
// sentence is the thing measured, never a name, even before a verb.
export const MEASURES = new Set([
  ...RESULT_WORDS,
  'prices',
  'inflation',
  'unemployment',
  'output',
  'exports',
  'imports',
  'shares',
  'demand',
  'turnover',
  'spending',
  'costs',
  'debt',
  'production',
  'traffic',
  'attendance',
  'margins',
  'wages',
  'rents',
]);

// Words before a quoted phrase that make it a mention, not speech: the word "pandemic".
export const MENTION_BEFORE = new Set([
  'word',
  'words',
  'term',
  'terms',
  'phrase',
  'expression',
  'so-called',
  'titled',
  'entitled',
  'nicknamed',
  'hashtag',
  'motto',
  'headline',
  'film',
  'movie',
  'book',
  'documentary',
  'series',
  'song',
  'album',
  'novel',
  'play',
  'show',
  'programme',
  'program',
  'podcast',
  'poem',
  'painting',
  'exhibition',
  'memoir',
  'opera',
  'musical',
  'episode',
  'label',
  'brand',
  'slogan',
  'sign',
  'banner',
  'nickname',
]);

export const DECISIONS = new Set(['decision', 'move', 'vote', 'call', 'pledge', 'promise', 'plan']);

// The kinds of study its researchers speak for, and how far back (in characters) it may stand.
export const STUDIES = new Set(['study', 'paper', 'report', 'survey', 'research', 'trial', 'analysis', 'review']);

/** The people behind a study, who speak as the study: "the researchers say", "the authors wrote". */
export const STUDY_PEOPLE = new Set(['researchers', 'authors', 'team', 'scientists']);

export const PLACE_NOUNS = new Set([
  'district',
  'districts',
  'county',
  'counties',
  'province',
  'provinces',
  'municipality',
  'region',
  'village',
  'township',
  'suburb',
  'valley',
  'station',
  'street',
  'road',
  'estate',
  'ward',
  'wards',
]);

// Time phrases between a speaker and the verb: "over the years", "in recent weeks".
export const TIME_NOUNS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'decades', 'decade', 'time', 'times', 'past']);

export const RESEARCH_GROUPS = new Set(['team', 'lab', 'laboratory']);

// The sides of a criminal trial and the word for the counsel who speaks for each ("X KC, prosecuting").
export const COURT_SIDES = new Map([
  ['prosecution', 'prosecut'],
  ['crown', 'prosecut'],
  ['defence', 'defend'],
  ['defense', 'defend'],
]);

export const PROSECUTION_SIDES = new Set(['prosecution', 'crown']);

/** Plurals of bodies: "the two companies", "both governments" are two bodies, not two people. */
export const BODY_PLURALS = new Set([
  'companies',
  'firms',
  'governments',
  'countries',
  'nations',
  'sides',
  'parties',
  'groups',
  'unions',
  'banks',
  'agencies',
  'ministries',
  'organisations',
  'organizations',
  'clubs',
  'teams',
  'states',
  'councils',
  'carriers',
  'airlines',
  'lenders',
  'insurers',
  'universities',
  'charities',
  'associations',
  'capitals',
]);

/** Nouns that may name again anyone of public life just described: "the lawmaker", "the source", "the official". */
export const GENERIC_PERSON_NOUNS = new Set([
  'lawmaker',
  'legislator',
  'politician',
  'official',
  'source',
  'person',
  'insider',
  'member',
  'aide',
  'man',
  'woman',
]);
