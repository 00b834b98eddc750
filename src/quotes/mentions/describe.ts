// What a speaker phrase says about its speaker: a person's name and title,
// the name of a body, a description ("the official"), a document, or a pronoun.
import {
  BODY_NOUNS,
  PREPOSITIONS,
  isOrgWord,
  PEOPLE_NOUNS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  DESCRIBED_DOCUMENTS,
  GROUP_NOUNS,
  NAME_JOINERS,
  NATIONALITIES,
  NATIONALITY_NOUN,
  PERSON_NOUNS,
  PRONOUNS,
  givenNameGender,
  isPersonNoun,
  isAgentSingular,
  isAgentPlural,
  CROWD_WORDS,
  COMPASS_POINTS,
  isPersonPlural,
  isTitleWord,
  type Gender,
  PLACE_PREPOSITIONS,
  PARTY_MEMBERS,
  DOCUMENT_PREPOSITIONS,
  BODY_PARTS,
  PHRASE_PREPOSITIONS,
} from '../lexicon/index.js';
import { endsRegnal, isBodyWord, isCourtesy, roleGender, splitName, titleGender } from './name-shape.js';
import { isDescribingParticiple, isNameWord, joinsBodyName } from '../phrases/index.js';
import type { Range } from '../phrases/index.js';
import { isStop, type Token } from '../scan/index.js';
import {
  CARDINALS,
  PERSONAL_POSSESSIVES,
  POST_MODIFIERS,
  POST_NOMINALS,
  QUANTITY,
  RANK_EPITHETS,
  RESEARCH_GROUPS,
  REGNAL_RANKS,
  SEAT_LETTERS,
} from '../lexicon/index.js';

export { roleGender } from './name-shape.js';

export type MentionKind = 'person' | 'group' | 'org' | 'document' | 'descriptor' | 'pronoun';

export interface Mention {
  kind: MentionKind;
  /** The name ("Jen Psaki", "World Health Organization") or description ("senior Biden administration official"). */
  name: string;
  role: string | null;
  /** Head noun of a description or document, lower case ("official", "statement"). */
  head: string | null;
  /** Opened by "the": points back to something named before. */
  definite: boolean;
  gender: Gender | null;
  /** Short forms the text gives in brackets: "(WHO)". */
  acronyms: string[];
  /** Who issued a document: "a statement released by Erdogan's office". */
  owner: Mention | null;
}

const isLowerWordToken = (t: Token): boolean => t.kind === 'word' && !t.cap;
const SPOKESPERSON = /^spokes(?:man|woman|person|people)$/;
const join = (tokens: Token[], text: string, from: number, to: number): string => (from >= to ? '' : text.slice(tokens[from].start, tokens[to - 1].end));

/** Whether the token at `k` opens a sentence. */
const sentenceStart = (tokens: Token[], k: number): boolean => k === 0 || /^[.!?;:]$/.test(tokens[k - 1].text);

/** Strip "the", "a", "About 100" from the front of a range. */
function skipDeterminers(tokens: Token[], from: number, to: number): { from: number; definite: boolean } {
  let definite = false;
  let i = from;
  // "The All Vortel Dealers Forum": a capitalised word after the article is the name's own.
  while (
    i < to - 1 &&
    (DETERMINERS.has(tokens[i].lower) || QUANTITY.test(tokens[i].text)) &&
    !(tokens[i - 1]?.lower === 'the' && tokens[i].cap && isNameWord(tokens[i + 1]))
  ) {
    if (tokens[i].lower === 'the') definite = true;
    i++;
  }
  return { from: i, definite };
}

/** Where a trailing prepositional phrase starts after a person's name: "Kinteh | of the Gambia Armed Forces". */
function postModifierStart(tokens: Token[], from: number, to: number, indefinite: boolean): number {
  for (let i = from + 1; i < to; i++) {
    const w = tokens[i].lower;
    const prev = tokens[i - 1];
    // "One House Republican who supports the bill": a relative clause describes, it names nobody.
    if (!tokens[i].cap && (w === 'who' || w === 'that') && i > from) return i;
    // "a senior figure at a rival club": after "a" and a description, what follows says where it belongs.
    if (
      indefinite &&
      !tokens[i].cap &&
      POST_MODIFIERS.has(w) &&
      prev.kind === 'word' &&
      !prev.cap &&
      tokens[i + 1] !== undefined &&
      !tokens[i + 1].cap &&
      i + 1 < to
    )
      return i;
    // "a retired crofter on Lewis", "a nurse from Leeds": after "a" and a description the name is where, not who.
    // "a shop owner on 42nd Street": an ordinal opens the place's name.
    const place = isNameWord(tokens[i + 1]) || (tokens[i + 1]?.kind === 'num' && isNameWord(tokens[i + 2]));
    if (indefinite && !tokens[i].cap && PLACE_PREPOSITIONS.has(w) && prev.kind === 'word' && !prev.cap && place) return i;
    // "scouts contacted by the Herald", "a notice circulating on …": a participle with its phrase describes.
    if (isDescribingParticiple(tokens, i) && prev.kind === 'word' && !prev.cap) return i;
    // "a diplomat following the talks": a participle after a person noun says what they do.
    if (!tokens[i].cap && w.length > 5 && w.endsWith('ing') && prev.kind === 'word' && !prev.cap && (isPersonNoun(prev.lower) || isAgentSingular(prev.lower)))
      return i;
    // "growers west of the dam": where a group of people lives.
    if (
      !tokens[i].cap &&
      COMPASS_POINTS.has(w) &&
      tokens[i + 1]?.lower === 'of' &&
      prev.kind === 'word' &&
      (isPersonPlural(prev.lower) || isAgentPlural(prev.lower))
    )
      return i;
    // "fans on Reddit", "users on the forum": where a group of people speaks.
    if (!tokens[i].cap && w === 'on' && prev.kind === 'word' && (PEOPLE_NOUNS.has(prev.lower) || isPersonPlural(prev.lower))) return i;
    if (!tokens[i].cap && (w === 'of' || w === 'from' || w === 'at' || w === 'in' || w === 'with')) {
      if (isNameWord(prev) && !isTitleWord(prev.text) && !isBodyWord(prev.text) && !NATIONALITIES.has(prev.lower)) return i;
      // "activists in Kenya", "the mayor of London": a described speaker and where it belongs.
      if (prev.kind === 'word' && !prev.cap && (isPersonNoun(prev.lower) || isAgentSingular(prev.lower) || GROUP_NOUNS.has(prev.lower))) return i;
    }
    // "shop owners along X Way", "traders near the port": a group of people and where they are.
    if (!tokens[i].cap && POST_MODIFIERS.has(w) && prev.kind === 'word' && !prev.cap && (isAgentPlural(prev.lower) || isPersonPlural(prev.lower))) return i;
  }
  return to;
}

// Patterns with \p{…} live at module level: esbuild turns such a literal into
// `new RegExp(…)`, which would run at every call.
const ACRONYM = /^\p{Lu}{2,8}$/u;
// Adjectives of an office: "Presiding", "Medical", "Scientific", "Returning", "Judicial".
const OFFICE_ADJECTIVE = /^\p{Ll}{3,}(?:ing|al|ic|ary|ive)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const BODY_TAIL = /\b(?:at|of|for|with)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'.&-]*))*)$/u;

// How many words an aside in brackets may hold: "(Ynys Wen North)", "(Free Democrats)", "(R-Texas)".
const MAX_ASIDE = 5;

/**
 * Brackets in a phrase: "(WHO)" gives an acronym; a seat, a party or a gloss in brackets
 * ("Ann Roe (Ynys Wen North)") is an aside. The rest of the phrase is read without them.
 */
function takeAcronyms(tokens: Token[], from: number, to: number): { acronyms: string[]; keep: number[] } {
  const acronyms: string[] = [];
  const keep: number[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i].text === '(') {
      let close = i + 2;
      while (close < to && close <= i + MAX_ASIDE + 1 && tokens[close].text !== ')' && tokens[close].text !== '(') close++;
      if (close < to && tokens[close].text === ')') {
        if (close === i + 2 && ACRONYM.test(tokens[i + 1].text)) acronyms.push(tokens[i + 1].text);
        i = close;
        continue;
      }
    }
    keep.push(i);
  }
  return { acronyms, keep };
}

function headOf(tokens: Token[], idx: number[]): string | null {
  // "Senate moderates", "local growers": a plural in small letters at the end is the head, listed or not.
  // Not after "with" or "of": "people familiar with the talks" is about people.
  const last = tokens[idx[idx.length - 1]];
  const plural = last && last.kind === 'word' && !last.cap && last.lower.length > 3 && last.lower.endsWith('s') && !last.lower.endsWith('ss');
  if (plural && idx.every((i) => tokens[i].cap || !POST_MODIFIERS.has(tokens[i].lower))) return last.lower;
  for (let k = idx.length - 1; k >= 0; k--) {
    const t = tokens[idx[k]];
    const plainCap = t.cap && k === 0 && CAPITALISED.test(t.text);
    if (
      t.kind === 'word' &&
      (!t.cap || plainCap) &&
      (isPersonNoun(t.lower) || GROUP_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || isPersonPlural(t.lower))
    )
      return t.lower;
  }
  return null;
}

function kindOfHead(head: string): MentionKind {
  if (DOCUMENT_NOUNS.has(head)) return 'document';
  if ((isPersonNoun(head) || isAgentSingular(head)) && !GROUP_NOUNS.has(head)) return 'descriptor';
  return 'group';
}

/**
 * "Attorney's" in "the U.S. Attorney's Office": an office's possessive is part of its name;
 * so is one after "of" inside a body's name: "General Staff of Ukraine's Armed Forces".
 */
export function titlePossessive(tokens: Token[], i: number): boolean {
  if (tokens[i].kind !== 'poss' || i < 1 || !tokens[i - 1].cap || !isNameWord(tokens[i + 1])) return false;
  if (isTitleWord(tokens[i - 1].text)) return true;
  // "the Dock Workers' Union": a plural possessive inside a capitalised run names, it owns nothing.
  if (/^['’]$/.test(tokens[i].text) && tokens[i - 1].lower.endsWith('s')) return true;
  const of = tokens[i - 2];
  return (
    i >= 3 &&
    of.kind === 'word' &&
    !of.cap &&
    of.lower === 'of' &&
    isNameWord(tokens[i - 3]) &&
    (isOrgWord(tokens[i - 3].text) || isTitleWord(tokens[i - 3].text) || isBodyWord(tokens[i - 3].text))
  );
}

/** Cut a role down to something that reads well in a panel. */
export function shortRole(role: string): string | null {
  let r = role
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,;:\s]+$/, '');
  // "… Professor of Political Science who teaches … at Wellesley College":
  // keep the title and the body it belongs to, drop the clause.
  const rel = /\s+(?:who|which|that|whose)\s+(.*)$/.exec(r);
  if (rel) {
    const tail = BODY_TAIL.exec(rel[1]);
    r = r.slice(0, rel.index) + (tail ? `, ${tail[1].replace(/^the\s+/, '')}` : '');
  }
  if (r.length > 90) r = r.slice(0, 90).replace(/\s+\S*$/, '') + '…';
  return r.length > 0 ? r : null;
}

// A long article names the same people again and again: read each phrase once.
// The reading depends only on the words of the phrase and whether it opens a
// sentence: phrases alone are keyed by their text, with an apposition by both.
const READ_OPENING = new Map<string, Mention>();
const READ_INSIDE = new Map<string, Mention>();
const READ_WITH_APPOS = new Map<string, Mention>();
const MAX_READ = 20_000;

/** Read a speaker phrase. `appos` is an inserted phrase set off by commas right after it. */
export function describe(text: string, tokens: Token[], range: Range, appos?: Range): Mention {
  const before = tokens[range.from - 1];
  const opens = !before || isStop(before.text) || before.kind === 'quote';
  // A one-word phrase is its token's text, a string shared by every token of that form.
  const phrase = range.to - range.from === 1 ? tokens[range.from].text : join(tokens, text, range.from, range.to);
  const cache = appos ? READ_WITH_APPOS : opens ? READ_OPENING : READ_INSIDE;
  const key = appos ? `${opens ? '1' : '0'}${phrase}\u0000${join(tokens, text, appos.from, appos.to)}` : phrase;
  let mention = cache.get(key);
  if (!mention) {
    mention = describeFresh(text, tokens, range, appos);
    if (cache.size > MAX_READ) cache.clear();
    cache.set(key, mention);
  }
  return mention;
}

/** "a trucking company that runs …", not "a spokeswoman for the port office": the body noun heads the description itself. */
function bodyHeadFirst(tokens: Token[], appos: Range, head: string): boolean {
  for (let i = appos.from + 1; i < appos.to; i++) {
    if (tokens[i].lower === head) return true;
    if (!tokens[i].cap && (PREPOSITIONS.has(tokens[i].lower) || isPersonNoun(tokens[i].lower))) return false;
  }
  return false;
}

function describeFresh(text: string, tokens: Token[], range: Range, appos?: Range): Mention {
  const main = describeOne(text, tokens, range);
  if (!appos) return main;
  const other = describeOne(text, tokens, appos);
  // "a broker at Santos Commodities", "the Ingrid Berg Professor of …": after a person's
  // name, an article opens a description of them.
  const first = tokens[appos.from];
  // "Ostrava Haulage, a trucking company": a name the text calls a body is the body's, not a person's.
  if (
    main.kind === 'person' &&
    main.gender === null &&
    other.kind === 'group' &&
    other.head !== null &&
    BODY_NOUNS.has(other.head) &&
    /^(?:a|an)$/.test(first?.lower ?? '') &&
    bodyHeadFirst(tokens, appos, other.head)
  ) {
    return { ...main, kind: 'org', role: null, head: other.head };
  }
  if (main.kind === 'person' && /^(?:a|an|the)$/.test(first?.lower ?? '') && appos.to - appos.from > 1) {
    const role = shortRole(join(tokens, text, appos.from, appos.to));
    return { ...main, role: role ?? main.role, gender: main.gender ?? roleGender(role) };
  }
  const named = (m: Mention): boolean => m.kind === 'person' || m.kind === 'org';
  // "The prime minister, Boris Johnson," and "Stacie Goddard, the … professor,"; a person
  // beats a title read as a body ("The Minister for Oceans, Hemi Walker,").
  if ((!named(main) && named(other)) || (main.kind !== 'person' && other.kind === 'person')) {
    const role = other.role ?? shortRole(join(tokens, text, range.from, range.to));
    return { ...other, role, gender: other.gender ?? (other.kind === 'person' ? roleGender(join(tokens, text, range.from, range.to)) : null) };
  }
  if (named(main) && !named(other) && other.kind !== 'pronoun') {
    const role = shortRole(join(tokens, text, appos.from, appos.to)) ?? main.role;
    return { ...main, role, gender: main.gender ?? (main.kind === 'person' ? roleGender(role) : null) };
  }
  return main;
}

const BASED_IN = /.-based$/;
// Adjectives that may follow a noun with a phrase of their own: "popular in", "critical of", "responsible for".
const POSTPOSED_ADJECTIVE = /(?:al|ar|ive|ous|ful|able|ible|ent|ant)$/;

/** "a summary of the figures", "a post on a forum": the phrase on a document's head names which one it is; who sent it ("from", "by") does not. */
function documentNameEnd(tokens: Token[], doc: number, to: number): number {
  const p = tokens[doc + 1];
  if (doc + 2 >= to || !isLowerWordToken(p) || !DOCUMENT_PREPOSITIONS.has(p.lower)) return doc + 1;
  let end = doc + 2;
  // "a site's r/lockkeepers board": a slash joins the words of one name.
  const inName = (k: number): boolean =>
    tokens[k].kind === 'word' || tokens[k].kind === 'poss' || tokens[k].kind === 'num' || (tokens[k].text === '/' && tokens[k + 1]?.kind === 'word');
  while (end < to && inName(end) && !isDescribingParticiple(tokens, end) && !(isLowerWordToken(tokens[end]) && PHRASE_PREPOSITIONS.has(tokens[end].lower)))
    end++;
  // "a post on a channel popular in …": an adjective after the noun, with its own phrase, describes it.
  const last = tokens[end - 1];
  if (end < to && end - 2 > doc + 1 && isLowerWordToken(last) && POSTPOSED_ADJECTIVE.test(last.lower) && !DETERMINERS.has(tokens[end - 2].lower)) end--;
  return end;
}

function describeOne(text: string, tokens: Token[], range: Range): Mention {
  const base: Mention = { kind: 'group', name: '', role: null, head: null, definite: false, gender: null, acronyms: [], owner: null };
  if (range.to - range.from === 1 && PRONOUNS.has(tokens[range.from].lower)) {
    return { ...base, kind: 'pronoun', name: tokens[range.from].lower };
  }
  // "One of them" is one of the group just named; "the former" and "the latter" pick between two people.
  const size = range.to - range.from;
  if (size === 3 && tokens[range.from].lower === 'one' && tokens[range.from + 1].lower === 'of' && /^(?:them|those)$/.test(tokens[range.from + 2].lower)) {
    return { ...base, kind: 'pronoun', name: 'they' };
  }
  if (size === 3 && tokens[range.from].lower === 'both' && tokens[range.from + 1].lower === 'of' && /^(?:them|those)$/.test(tokens[range.from + 2].lower)) {
    return { ...base, kind: 'pronoun', name: 'both' };
  }
  // "Her team found …", "his lab's survey": a scientist's own group speaks as the scientist.
  if (size >= 2 && size <= 4 && PERSONAL_POSSESSIVES.has(tokens[range.from].lower) && RESEARCH_GROUPS.has(tokens[range.from + 1].lower)) {
    return { ...base, kind: 'pronoun', name: tokens[range.from].lower === 'his' ? 'he' : 'she' };
  }
  if (size === 2 && tokens[range.from].lower === 'the' && /^(?:former|latter)$/.test(tokens[range.from + 1].lower)) {
    return { ...base, kind: 'pronoun', name: tokens[range.from + 1].lower };
  }
  // "One of these groups" describes the group; "one of the suspects" is one person from it.
  let start = range.from;
  const oneOf =
    range.to - start > 2 &&
    (/^(?:one|some|many|most|each|all|several|two|three|none)$/i.test(tokens[start].text) || CROWD_WORDS.has(tokens[start].lower)) &&
    tokens[start + 1].lower === 'of';
  if (oneOf) start += 2;
  const { from, definite } = skipDeterminers(tokens, start, range.to);
  const { acronyms, keep } = takeAcronyms(tokens, from, range.to);
  // "According to (WHO)", "(X) said": a phrase that is all brackets is read by the words inside them.
  if (keep.length === 0) for (let i = from; i < range.to; i++) if (tokens[i].text !== '(' && tokens[i].text !== ')') keep.push(i);
  // Nothing left to name (a phrase of determiners only): no speaker, rather than a read past the end.
  if (keep.length === 0) return { ...base, kind: 'pronoun', name: 'it' };
  // "Ann Byrne SC", "Tom Hale QC", "Sir Alan Roe OBE": letters after a name are a rank, not part of it.
  // Letters for a seat ("Ann Roe MSP") say what the person does: the role, when nothing else gives one.
  let seat: string | null = null;
  if (keep.length > 2 && POST_NOMINALS.has(tokens[keep[keep.length - 1]].text) && tokens[keep[keep.length - 2]].cap && tokens[keep[keep.length - 3]].cap) {
    const letters = tokens[keep.pop()!].text;
    if (SEAT_LETTERS.has(letters)) seat = letters;
  }

  // "the Holy Father", "the pontiff": an epithet for the holder of a rank.
  const rank = keep.length <= 3 ? RANK_EPITHETS.get(keep.map((i) => tokens[i].lower).join(' ')) : undefined;
  if (rank)
    return {
      ...base,
      kind: 'descriptor',
      name: join(tokens, text, keep[0], keep[keep.length - 1] + 1),
      head: rank,
      definite: true,
      gender: titleGender([rank]),
      acronyms,
    };

  // Documents first: "an email from X to Y", "a statement released by X".
  // "texts seen by the paper", "a briefing prepared for …": some nouns are documents only when described.
  const describedDoc = (i: number): boolean => DESCRIBED_DOCUMENTS.has(tokens[i].lower) && tokens[i + 1] !== undefined && isLowerWordToken(tokens[i + 1]);
  const docAt = keep.findIndex((i) => !tokens[i].cap && (DOCUMENT_NOUNS.has(tokens[i].lower) || describedDoc(i)));
  if (docAt >= 0) {
    const ownerAt = keep.findIndex((i, k) => k > docAt && (tokens[i].lower === 'from' || tokens[i].lower === 'by'));
    const doc = keep[docAt];
    // "a 2023 safety review": the year is part of which document it is.
    const year = keep[0] - 1 >= range.from && tokens[keep[0] - 1].kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[keep[0] - 1].text);
    const name = join(tokens, text, year ? keep[0] - 1 : keep[0], documentNameEnd(tokens, doc, range.to));
    let owner: Mention | null = null;
    if (ownerAt >= 0 && ownerAt + 1 < keep.length) {
      let end = range.to;
      const cut = keep.findIndex((i, k) => k > ownerAt + 1 && tokens[i].lower === 'to' && !tokens[i].cap);
      if (cut >= 0) end = keep[cut];
      owner = describeOne(text, tokens, { from: keep[ownerAt + 1], to: end });
    }
    return { ...base, kind: 'document', name, head: tokens[doc].lower, definite, acronyms, owner };
  }

  const post = postModifierStart(tokens, from, range.to, /^(?:a|an|one|another)$/i.test(tokens[range.from].lower));
  const core = keep.filter((i) => i < post);
  // "a spokesman for Saba Shipping", "a spokesperson for the company": an unnamed spokesperson speaks as the body.
  const spokes = keep.findIndex((i) => SPOKESPERSON.test(tokens[i].lower));
  const forAt = spokes >= 0 ? keep[spokes + 1] : undefined;
  if (!definite && forAt !== undefined && forAt + 1 < range.to && /^(?:for|of|at)$/.test(tokens[forAt].lower)) {
    const body = describeOne(text, tokens, { from: forAt + 1, to: range.to });
    if (body.kind === 'org' || body.kind === 'group') return body;
  }
  const postText = post < range.to ? join(tokens, text, post, range.to) : '';
  // "Labourers at a kiln near …" opening a sentence: a plural for people by what they do has its capital
  // from its place alone, and with what follows it describes a group.
  const lead = core.length === 1 ? tokens[core[0]] : undefined;
  if (
    lead &&
    lead.cap &&
    post < range.to &&
    sentenceStart(tokens, core[0]) &&
    (isPersonPlural(lead.lower) || isAgentPlural(lead.lower)) &&
    givenNameGender(lead.text) === null
  ) {
    return { ...base, kind: 'group', name: join(tokens, text, keep[0], keep[keep.length - 1] + 1), head: lead.lower, definite, acronyms };
  }
  // A list of names: "Thailand, Laos, Sri Lanka and the Maldives".
  if (
    keep.some((i) => tokens[i].text === ',') &&
    keep.some((i) => tokens[i].lower === 'and') &&
    keep.every((i) => tokens[i].cap || [',', 'and', 'the'].includes(tokens[i].lower))
  ) {
    return { ...base, kind: 'group', name: join(tokens, text, keep[0], keep[keep.length - 1] + 1), definite, acronyms };
  }
  // "One House Republican", "a senior Democrat", "a Tory backbencher": a member of a party, described.
  const last = core.length > 0 ? tokens[core[core.length - 1]] : undefined;
  if (last && last.cap && PARTY_MEMBERS.has(last.lower) && !isNameWord(tokens[range.to]) && (range.from < from || !definite)) {
    return { ...base, kind: 'descriptor', name: join(tokens, text, keep[0], keep[keep.length - 1] + 1), head: last.lower, definite, acronyms };
  }
  // "the Dutchman", "the Spaniard", "the Welshman": a nationality standing for a person just named.
  if (definite && core.length === 1 && (NATIONALITY_NOUN.test(tokens[core[0]].text) || NATIONALITIES.has(tokens[core[0]].lower))) {
    return { ...base, kind: 'descriptor', name: tokens[core[0]].text, head: tokens[core[0]].lower, definite, acronyms };
  }
  // "president of the … Welfare Association Anthony da Costa": a titled name ends the phrase.
  const whole = splitName(tokens, keep);
  const marker = whole.nameAt > 0 ? tokens[keep[whole.nameAt - 1]] : undefined;
  // "Dr. Ann Roe of the University of Kiel": a name that starts before the post-modifier ends there.
  // Not when a name stands before the post-modifier: "Prof Ann Roe of the University of … Prague".
  const coreLast = core.length > 0 ? tokens[core[core.length - 1]] : undefined;
  const nameBeforePost =
    coreLast !== undefined && coreLast.cap && !isTitleWord(coreLast.text) && !isBodyWord(coreLast.text) && splitName(tokens, core).nameAt >= 0;
  const titledName =
    marker !== undefined && marker.cap && (isTitleWord(marker.text) || isBodyWord(marker.text)) && keep[whole.nameAt] > post && !nameBeforePost;
  // "the Chancellor", "a senior official at the ministry": a title with no name is a
  // description, with where it belongs.
  // "the Presiding Officer", "the Chief Medical Officer": an office whose other words describe it is a title too.
  const titleLike = (i: number, k: number): boolean =>
    isTitleWord(tokens[i].text) ||
    NATIONALITIES.has(tokens[i].lower) ||
    (k < core.length - 1 && OFFICE_ADJECTIVE.test(tokens[i].lower) && !isOrgWord(tokens[i].text));
  if (!titledName && core.length > 0 && core.length <= 4 && isTitleWord(tokens[core[core.length - 1]].text) && core.every(titleLike)) {
    const head = tokens[core[core.length - 1]].lower;
    return { ...base, kind: 'descriptor', name: join(tokens, text, core[0], keep[keep.length - 1] + 1), head, definite, acronyms };
  }
  const described = !titledName && core.length > 0 && !tokens[core[core.length - 1]].cap && post < range.to;
  const nameSource = titledName ? keep : core;
  const { nameAt, body } = described ? { nameAt: -1, body: false } : titledName ? whole : splitName(tokens, core);

  if (nameAt >= 0) {
    const nameIdx = nameSource.slice(nameAt);
    // "Pope Leo XIV", "King Charles III": a rank held with an ordinal is written as part of the name.
    const rank = nameAt > 0 && endsRegnal(tokens, nameIdx) && REGNAL_RANKS.has(tokens[nameSource[nameAt - 1]].lower) ? nameSource[nameAt - 1] : nameIdx[0];
    const name = join(tokens, text, rank, nameIdx[nameIdx.length - 1] + 1).replace(/[’']s$/, '');
    // Two people joined by "and": a pair that speaks together.
    const pair = nameIdx.some((i) => tokens[i].lower === 'and');
    // "Ms", "Lord", "Dr" alone say how to address someone, not what they do.
    const titleIdx = nameSource.slice(0, nameAt);
    // An honorific between an office and the name is left out of the role: "Works Minister Datuk Seri …".
    let titleEnd = nameAt;
    while (titleEnd > 0 && isCourtesy(tokens[titleIdx[titleEnd - 1]].text)) titleEnd--;
    const titleText = titleEnd > 0 ? join(tokens, text, nameSource[0], nameSource[titleEnd - 1] + 1) : '';
    const after = titledName ? '' : postText.replace(/^(?:of|from|at|in|with)\s+(?:the\s+)?/i, '');
    const roleParts = [titleText, after].filter(Boolean);
    const titleWords = titleIdx.map((i) => tokens[i].text);
    const first = tokens[nameIdx[0]].text;
    const gender = titleGender(titleWords) ?? (nameIdx.length > 1 ? givenNameGender(first) : null);
    return {
      ...base,
      kind: pair ? 'group' : 'person',
      name,
      role: roleParts.length ? shortRole(roleParts.join(', ')) : seat,
      definite,
      gender: pair ? null : gender,
      acronyms,
    };
  }

  if (body) {
    // The body's name is the capitalised run at the end; words before it describe it.
    // A possessor before the name describes the body: "South Korea’s | Defense Ministry".
    let k = core.length;
    const joins = (i: number): boolean =>
      (NAME_JOINERS.has(tokens[i].lower) || joinsBodyName(tokens, i, core[0], core[core.length - 1] + 1)) && k > 1 && k < core.length;
    // "the Leeds-based Pennine Centre": where a body is based describes it, as a possessor does.
    while (k > 0 && ((tokens[core[k - 1]].cap && !BASED_IN.test(tokens[core[k - 1]].lower)) || joins(core[k - 1]) || titlePossessive(tokens, core[k - 1]))) k--;
    while (k < core.length && !tokens[core[k]].cap) k++;
    // "the drivers' branch of the … Union": a part of a body speaks as that part.
    const ofAt =
      k > 1 && tokens[core[k - 1]].lower === 'of' ? k - 1 : k > 2 && tokens[core[k - 1]].lower === 'the' && tokens[core[k - 2]].lower === 'of' ? k - 2 : -1;
    if (ofAt > 0 && BODY_PARTS.has(tokens[core[ofAt - 1]].lower)) k = 0;
    const name = join(tokens, text, core[k], core[core.length - 1] + 1);
    const described = k > 0 ? join(tokens, text, core[0], core[k - 1] + 1) : '';
    return { ...base, kind: 'org', name, role: described ? shortRole(described) : null, definite, acronyms };
  }

  // A description: "senior Biden administration official", "activists in Kenya", "Experts".
  const head = headOf(tokens, core.length ? core : keep) ?? tokens[keep[keep.length - 1]].lower;
  if (oneOf && tokens[range.from].lower === 'one' && (GROUP_NOUNS.has(head) || isPersonPlural(head))) {
    return { ...base, kind: 'descriptor', name: join(tokens, text, range.from, range.to), head, definite: false, acronyms };
  }
  // "two people familiar with the talks": an exact count is part of who they are; "some", "about 100" are not.
  const counted = !definite && keep[0] - 1 >= range.from && CARDINALS.has(tokens[keep[0] - 1].lower) && (isPersonPlural(head) || GROUP_NOUNS.has(head));
  const name = join(tokens, text, counted ? keep[0] - 1 : keep[0], keep[keep.length - 1] + 1);
  return { ...base, kind: kindOfHead(head), name, head, definite, acronyms };
}
