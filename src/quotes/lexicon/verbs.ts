// Verbs that report speech, by how they take what was said.
//
//   say     the content follows with or without "that", or the verb closes the
//           clause it reports ("…, she said.")
//   clause  speech only with a "that" clause or a full clause after it
//           ("announced that …", "estimated the plan will cost …"); with a
//           plain object it is an act, not a statement ("announced plans")
//   object  the object is the content ("cited debt concerns", "praised the deal")
//   belief  a stance, counted only with an explicit "that" ("worries that …")
//   cue     only as the cue of a direct quote ("…," Graham continued.)
//   label   names a thing in someone's words, only next to a quoted phrase
//           (called it "a textbook case", considers it a "logistics facility")

import { Sieve } from './sieve.js';

export type VerbClass = 'say' | 'clause' | 'object' | 'belief' | 'cue' | 'label';

export interface VerbForm {
  lemma: string;
  cls: VerbClass;
  /** -ing participle: its subject is the subject of the clause it hangs on. */
  participle: boolean;
  /** Needs this particle right after it ("pointed out", "made clear"). */
  particle?: string;
}

// lemma: class, then its forms (base, -s, past, -ing). A form list with a
// trailing particle ("point out") keeps the verb only with that particle.
const VERBS: [VerbClass, string[]][] = [
  ['say', ['say says said saying']],
  ['say', ['tell tells told telling']],
  ['say', ['add adds added adding']],
  ['say', ['note notes noted noting']],
  ['say', ['explain explains explained explaining']],
  ['say', ['insist insists insisted insisting']],
  ['say', ['warn warns warned warning']],
  ['say', ['stress stresses stressed stressing']],
  ['say', ['argue argues argued arguing']],
  ['say', ['claim claims claimed claiming']],
  ['say', ['assert asserts asserted asserting']],
  ['say', ['state states stated stating']],
  ['say', ['declare declares declared declaring']],
  ['say', ['acknowledge acknowledges acknowledged acknowledging']],
  ['say', ['concede concedes conceded conceding']],
  ['say', ['admit admits admitted admitting']],
  ['say', ['allege alleges alleged alleging']],
  ['say', ['contend contends contended contending']],
  ['say', ['maintain maintains maintained maintaining']],
  ['say', ['reiterate reiterates reiterated reiterating']],
  ['say', ['reply replies replied replying']],
  ['say', ['respond responds responded responding']],
  ['say', ['remark remarks remarked remarking']],
  ['say', ['observe observes observed observing']],
  ['say', ['recall recalls recalled recalling']],
  ['say', ['complain complains complained complaining']],
  ['say', ['lament laments lamented lamenting']],
  ['say', ['boast boasts boasted boasting']],
  ['say', ['vow vows vowed vowing']],
  ['say', ['promise promises promised promising']],
  ['say', ['pledge pledges pledged pledging']],
  ['say', ['suggest suggests suggested suggesting']],
  ['say', ['predict predicts predicted predicting']],
  ['say', ['caution cautions cautioned cautioning']],
  ['say', ['write writes wrote writing written']],
  ['say', ['tweet tweets tweeted tweeting']],
  ['say', ['ask asks asked asking']],
  ['say', ['answer answers answered answering']],
  ['say', ['urge urges urged urging']],
  ['say', ['remind reminds reminded reminding']],
  ['say', ['demand demands demanded demanding']],
  ['say', ['emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising']],
  ['say', ['underline underlines underlined underlining']],
  ['say', ['underscore underscores underscored underscoring']],
  ['say', ['affirm affirms affirmed affirming reaffirm reaffirms reaffirmed reaffirming']],
  ['say', ['proclaim proclaims proclaimed proclaiming']],
  ['say', ['comment comments commented']],
  ['say', ['testify testifies testified testifying']],
  ['say', ['recommend recommends recommended recommending']],
  ['say', ['advise advises advised advising']],
  ['say', ['joke jokes joked joking quip quips quipped quipping']],
  ['say', ['shout shouts shouted shouting chant chants chanted chanting']],
  ['say', ['exclaim exclaims exclaimed exclaiming']],
  ['say', ['counter counters countered countering retort retorts retorted retorting']],
  ['say', ['accuse accuses accused accusing']],
  ['say', ['brief briefs briefed briefing']],
  ['say', ['inform informs informed informing']],
  ['say', ['assure assures assured assuring']],
  ['say', ['describe describes described describing']],
  ['say', ['point points pointed pointing out']],
  ['say', ['make makes made making clear']],
  ['say', ['speak speaks spoke speaking spoken']],
  ['say', ['speak speaks spoke speaking of']],
  ['say', ['speak speaks spoke speaking about']],
  ['say', ['talk talks talked talking to']],
  ['say', ['call calls called calling for']],
  ['say', ['call calls called calling on']],
  ['say', ['encourage encourages encouraged encouraging']],
  ['say', ['hint hints hinted hinting']],
  ['say', ['signal signals signaled signalled']],
  // Phrasal verbs of answering and joining in: "hit back that …", "fired back", "weighed in".
  ['say', ['hit hits hitting back']],
  ['say', ['fire fires fired firing back']],
  ['say', ['shoot shoots shot shooting back']],
  ['say', ['weigh weighs weighed weighing in']],
  ['say', ['chime chimes chimed chiming in']],
  // "posted on X: "…"", "posted on Facebook that …".
  ['say', ['post posts posted posting on']],
  ['clause', ['announce announces announced announcing']],
  ['clause', ['confirm confirms confirmed confirming']],
  ['clause', ['disclose discloses disclosed disclosing']],
  ['clause', ['reveal reveals revealed revealing']],
  ['object', ['report reports reported on']],
  ['clause', ['report reports reported']],
  ['clause', ['agree agrees agreed']],
  ['clause', ['accept accepts accepted']],
  ['clause', ['conclude concludes concluded concluding']],
  ['clause', ['estimate estimates estimated estimating']],
  ['clause', ['find finds found']],
  // "Records show that …": said only by a document, and only as its sentence's own subject (see RECORD_VERBS).
  ['clause', ['show shows showed']],
  ['clause', ['indicate indicates indicated']],
  ['clause', ['rule rules ruled']],
  ['object', ['cite cites cited citing']],
  ['object', ['highlight highlights highlighted highlighting']],
  ['object', ['outline outlines outlined outlining']],
  ['object', ['mention mentions mentioned mentioning']],
  ['object', ['praise praises praised praising']],
  // "The union welcomed the ruling", "hailed the deal": a stance taken in public.
  ['object', ['welcome welcomes welcomed welcoming']],
  ['object', ['hail hails hailed hailing']],
  ['object', ['criticize criticizes criticized criticizing criticise criticises criticised criticising']],
  ['object', ['condemn condemns condemned condemning denounce denounces denounced denouncing']],
  ['object', ['defend defends defended defending']],
  ['object', ['dismiss dismisses dismissed dismissing']],
  ['object', ['deny denies denied denying']],
  ['object', ['dispel dispels dispelled dispelling']],
  ['object', ['reject rejects rejected rejecting']],
  ['object', ['voice voices voiced voicing']],
  ['object', ['thank thanks thanked thanking']],
  ['object', ['credit credits credited crediting']],
  ['object', ['blame blames blamed blaming']],
  ['object', ['propose proposes proposed proposing']],
  ['object', ['forecast forecasts forecasted forecasting']],
  ['object', ['question questions questioned questioning']],
  ['object', ['compare compares compared comparing liken likens likened likening']],
  ['belief', ['believe believes believed believing']],
  ['belief', ['think thinks thought thinking']],
  ['belief', ['worry worries worried worrying']],
  ['belief', ['fear fears feared fearing']],
  ['belief', ['hope hopes hoped hoping']],
  ['belief', ['doubt doubts doubted doubting']],
  ['belief', ['feel feels felt feeling']],
  ['say', ['opine opines opined opining']],
  ['say', ['aver avers averred averring']],
  ['say', ['clarify clarifies clarified clarifying']],
  ['say', ['elaborate elaborates elaborated elaborating']],
  ['say', ['confess confesses confessed confessing']],
  ['belief', ['reckon reckons reckoned reckoning']],
  ['cue', ['continue continues continued continuing']],
  ['cue', ['laugh laughs laughed laughing smile smiles smiled smiling sigh sighs sighed sighing']],
  ['cue', ['shrug shrugs shrugged shrugging grin grins grinned grinning chuckle chuckles chuckled chuckling']],
  ['cue', ['nod nods nodded nodding scoff scoffs scoffed scoffing beam beams beamed beaming']],
  ['cue', ['interject interjects interjected interjecting reflect reflects reflected reflecting muse muses mused musing']],
  ['cue', ['recount recounts recounted recounting']],
  ['cue', ['wonder wonders wondered wondering']],
  ['cue', ['read reads']],
  // "X put it more bluntly: “…”"
  ['cue', ['put puts putting it']],
  ['label', ['call calls called calling']],
  ['label', ['consider considers considered considering']],
  ['label', ['dub dubs dubbed dubbing']],
  ['label', ['term terms termed terming']],
  ['label', ['label labels labeled labelled labeling labelling']],
  ['label', ['brand brands branded branding']],
  ['label', ['refer refers referred referring to']],
  ['label', ['characterize characterizes characterized characterise characterises characterised']],
];

// Particle verbs first: "pointed out" must not be read as a bare "pointed".
const BY_FORM = new Map<string, VerbForm[]>();
for (const [cls, [spec]] of VERBS) {
  const words = spec.split(' ');
  const forms = words.filter((w) => !['out', 'clear', 'of', 'about', 'to', 'for', 'on', 'it', 'back', 'in'].includes(w));
  const particle = words.length > forms.length ? words[words.length - 1] : undefined;
  const lemma = forms[0];
  for (const form of forms) {
    const entry: VerbForm = { lemma, cls, participle: form.endsWith('ing'), particle };
    const list = BY_FORM.get(form) ?? [];
    list.push(entry);
    BY_FORM.set(form, list);
  }
}

for (const list of BY_FORM.values()) list.sort((a, b) => Number(Boolean(b.particle)) - Number(Boolean(a.particle)));
const NONE: readonly VerbForm[] = [];

// This runs on nearly every word: most are passed over without a lookup.
const FORMS = new Sieve(BY_FORM.keys());

/** Every reading of a lower-case word as a speech verb, particle verbs first. */
export function speechVerbForms(word: string): readonly VerbForm[] {
  if (!FORMS.passes(word)) return NONE;
  return BY_FORM.get(word) ?? NONE;
}

/** Adjectives of stance that report a view with "that": "was firm that …". */
export const STANCE_ADJECTIVES = new Set([
  'firm',
  'adamant',
  'emphatic',
  'clear',
  'confident',
  'insistent',
  'certain',
  'convinced',
  'optimistic',
  'skeptical',
  'sceptical',
  'hopeful',
  'unequivocal',
  'explicit',
]);

/** Nouns for a statement owned by a possessor: "Kim's assertion that …". */
export const SPEECH_NOUNS = new Set([
  'assertion',
  'assertions',
  'claim',
  'claims',
  'statement',
  'statements',
  'announcement',
  'warning',
  'warnings',
  'call',
  'calls',
  'demand',
  'demands',
  'pledge',
  'promise',
  'insistence',
  'denial',
  'suggestion',
  'argument',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'admission',
  'remarks',
  'comments',
  'view',
  'position',
  'narrative',
  'slogan',
  'mantra',
  'message',
  'rhetoric',
  'description',
  'characterization',
  'words',
  'line',
  'declaration',
  'prediction',
  'criticism',
  'vow',
  'threat',
  'threats',
  'request',
  'charge',
  'charges',
  'comment',
  'remark',
  'assurance',
  'assurances',
  'plea',
  'appeal',
  'testimony',
  'explanation',
  'response',
  'reply',
  'answer',
  'speech',
  'address',
  'sermon',
  'homily',
  'post',
  'tweet',
  'complaint',
  'complaints',
  'objection',
  'objections',
  'rebuttal',
  'retort',
  'concession',
  'predictions',
  'denials',
  'promises',
  'pledges',
  'vows',
]);

// Participles that tie a document to whoever issued it: "a report released by …", "X issued a statement".
/** Verbs of naming: "what dockers call", "as residents dub it". */
export const NAMING_VERBS = new Set([
  'call',
  'calls',
  'called',
  'dub',
  'dubs',
  'dubbed',
  'term',
  'terms',
  'termed',
  'nickname',
  'nicknames',
  'label',
  'labels',
]);

/** Verbs that report only with a document as the subject that opens its sentence: "Records show …". */
export const RECORD_VERBS = new Set(['show', 'indicate']);

export const ISSUED = new Set([
  'issued',
  'released',
  'published',
  'circulated',
  'posted',
  'sent',
  'signed',
  'written',
  'made',
  'put',
  'delivered',
  'filed',
  'submitted',
  'lodged',
]);

// Verbs whose object may be the listener or what was said.
export const MAYBE_LISTENER = new Set(['urge', 'advise', 'encourage', 'ask', 'warn', 'remind']);

// Verbs whose first object is the listener: "told reporters that …".
export const LISTENER_FIRST = new Set(['tell', 'inform', 'assure', 'brief', 'advise', 'urge', 'encourage', 'ask', 'warn', 'thank', 'remind']);

// Verbs that take a speech act only with a said thing as object: "rejected Kim's assertion".
export const NEEDS_SAID_OBJECT = new Set(['reject', 'dismiss', 'question']);

// Speech verbs with another sense that takes a plain noun-phrase object: their
// speech sense needs a clause, "that", a quote or a statement noun after them,
// or must close the clause it reports ("…, she added."). "The index added 0.4
// per cent", "the hotel boasts a pool", "she wrote the album", "the storm
// claimed two lives", "the firm maintains 400 miles of line", "spoke English".
export const OTHER_SENSE_WITH_OBJECT = new Set([
  'add',
  'maintain',
  'boast',
  'observe',
  'write',
  'speak',
  'talk',
  'answer',
  'counter',
  'claim',
  'respond',
  'reply',
  'recall',
  'tweet',
  'hit',
  'fire',
  'shoot',
  'weigh',
  'chime',
  'post',
]);

// Particles whose object is what was said: "spoke of a crisis", "talked about the plan".
export const CONTENT_PARTICLES = new Set(['of', 'about']);

// Particles that turn a speech verb into another verb: "found out", "added up", "wrote off".
export const OTHER_SENSE_PARTICLES = new Map([
  ['find', new Set(['out'])],
  ['add', new Set(['up'])],
  ['write', new Set(['off', 'down', 'up', 'out'])],
  ['note', new Set(['down'])],
]);

// Verbs after which "to" names what grows, not a listener: "added to concern that …".
export const TO_WHAT_GROWS = new Set(['add']);

// Verbs of telling whose passive, with its agent, reports what the agent said: "are advised by the agency to …".
export const TOLD_BY_AGENT = new Set(['tell', 'advise', 'urge', 'warn', 'remind', 'encourage', 'inform', 'instruct']);

// Words that join a second "that" clause to what one speaker says: "said A and that B".
export const CONTENT_JOINERS = new Set(['and', 'or', 'but']);

// Words after a speech verb that open what was said as a clause of their own:
// "explained how …", "asked whether …".
export const CLAUSE_WORDS = new Set(['how', 'why', 'what', 'whether', 'if', 'when', 'where', 'who']);

// Verbs that take nearly any described person as subject: "the harbourmaster said".
export const PLAIN_SAYING = new Set([
  'say',
  'tell',
  'add',
  'argue',
  'warn',
  'insist',
  'explain',
  'claim',
  'note',
  'stress',
  'recall',
  'reply',
  'write',
  'admit',
  'concede',
  'complain',
  'ask',
]);

// Speech verbs whose base form is also a noun: "a UN report", "the BBC call".
export const NOUN_BASES = new Set([
  'forecast',
  'report',
  'claim',
  'call',
  'note',
  'comment',
  'answer',
  'reply',
  'estimate',
  'question',
  'tweet',
  'demand',
  'promise',
  'pledge',
  'vow',
  'credit',
  'blame',
  'counter',
  'signal',
  'hint',
  'brief',
  'rule',
  'find',
  'state',
  'statement',
  'warning',
  'post',
  'remark',
  'response',
  'proposal',
]);

// Verbs whose object is the listener: "told VOA" never names the speaker.
export const LISTENER_VERBS = new Set([
  'tell',
  'inform',
  'assure',
  'brief',
  'advise',
  'urge',
  'encourage',
  'ask',
  'thank',
  'remind',
  'accuse',
  'credit',
  'blame',
  'praise',
  'criticize',
  'thank',
  'warn',
  'caution',
]);

// -s forms that are far more often plural nouns: a verb only before a complement.
export const NOUNISH =
  /^(?:reports|claims|states|statements|calls|demands|comments|remarks|answers|questions|notes|warnings|promises|pledges|thanks|doubts|fears|hopes|counters|credits|tweets|estimates|findings|rules|voices|cites|charges|signals|posts|answers|points|briefs|comments|concerns|praises|blames|outlines|highlights|mentions|labels|terms|brands|calls|hints)$/;

/** A verb's form and the word after it that make one noun: "a think tank". */
export const VERB_NOUN_COMPOUNDS = new Set(['think tank', 'think tanks', 'claim form', 'report card', 'warning sign', 'warning signs']);

/** "rose to say", "went on to say", "was quick to say": words before "to" that make the infinitive a statement made. */
export const REPORTING_BEFORE_TO = new Set(['rose', 'on', 'up', 'quick', 'careful', 'keen', 'eager', 'paused', 'hastened', 'stopped']);

export const CONTACT_VERBS = new Set(['spoke', 'talked', 'interviewed', 'surveyed', 'contacted', 'approached', 'polled']);

// Past forms without -ed, for telling a subject by the verb after it.
export const IRREGULAR_PAST = new Set(
  `sent made took gave went came saw got had did said told left kept held led met ran won lost paid put set
  brought bought thought found became began spent stood fell felt knew grew threw wrote spoke broke chose drove rose
  fought sought taught caught built hit cut let read shot struck hung sat lay laid meant heard sold understood
  withdrew overtook undertook forgave forbade froze stole swore tore wore bore shook woke`.split(/\s+/),
);

// Verbs that make the words after a quote its cue: "…?" Smith asked.
export const CUE_VERBS = /^(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|explained|continued|insisted|noted|recalled|tweeted)$/;

/** Participles that are not also a past tense: "canteens run by …". */
export const IRREGULAR_ONLY_PARTICIPLES = new Set(['run', 'begun', 'done', 'gone', 'seen', 'shown', 'known', 'sung', 'drunk', 'swum']);

/** Verbs whose object is the person spoken to, in the forms that are also their past participle. */
export const LISTENER_PARTICIPLES = new Set(['briefed', 'told', 'informed', 'asked']);
