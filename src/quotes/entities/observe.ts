// Every name in a paragraph, registered before any quote is attributed, so
// that "Goddard" finds "Stacie Goddard" and "he" finds the last man named.
import { apposAfter, isVerbLike, continuesName, isNameWord, joinsBodyName, particlesThenName, phraseBefore, datelineEnd } from '../phrases/index.js';
import type { Entities } from './registry.js';
import type { Entity, Where } from './entity.js';
import { NATIONALITIES, isOrgWord, isTitleWord, speechVerbForms, CLAUSE_OPENERS, DETERMINERS, NAME_PARTICLES, isPersonNoun } from '../lexicon/index.js';
import { describe, jointParts, titlePossessive, type Mention, isNationalityNoun } from '../mentions/index.js';
import type { Range } from '../phrases/index.js';
import type { Token } from '../scan/index.js';
import { CHANNELS, COUNT_WORDS, MEASURES, DESCRIPTION_OPENERS, INNER_JOINERS, PLACE_NOUNS } from '../lexicon/index.js';

// A Map, not an object: an object would answer "constructor" too, and slowly.
const GENDERED = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
]);

export interface ParagraphView {
  text: string;
  tokens: Token[];
  sentences: [number, number][];
  /** Ordinal of the paragraph and of its first sentence in the article. */
  ordinal: number;
  sentenceBase: number;
  /** Reading position of the paragraph's first character. */
  base: number;
}

export function whereOf(p: ParagraphView, tokenIndex: number, sentence: number): Where {
  return { pos: p.base + (p.tokens[tokenIndex]?.start ?? 0), sentence: p.sentenceBase + sentence, paragraph: p.ordinal };
}

/** Whether the phrase at `from` opens a clause: sentence start, after a comma or "that", "and", "but" … */
function opensClause(tokens: Token[], from: number, sentenceStart: number): boolean {
  if (from === sentenceStart) return true;
  const prev = tokens[from - 1];
  if (prev.text === ',' || prev.kind === 'quote') return true;
  // "X accepted that Y had …": the subject of what is reported is not the subject the story follows.
  if (prev.lower === 'that' && from >= 2 && tokens[from - 2].kind === 'word' && speechVerbForms(tokens[from - 2].lower).length > 0) return false;
  if (prev.kind === 'word' && !prev.cap && (CLAUSE_OPENERS.has(prev.lower) || DETERMINERS.has(prev.lower))) {
    return from - 1 === sentenceStart || prev.lower !== 'the' || opensClause(tokens, from - 1, sentenceStart);
  }
  return false;
}

/**
 * Register the names of sentence `si` of a paragraph. `previousSubjects` are
 * the people the sentence before was about; the people this one is about are
 * returned for the next.
 */
export function observeSentence(p: ParagraphView, si: number, entities: Entities, previousSubjects: Entity[]): Entity[] {
  const [s, e] = p.sentences[si];
  {
    // A sentence that opens on "She" after a sentence about one person of unknown gender.
    const opener = p.tokens[s];
    const pronoun = opener && opener.kind === 'word' ? GENDERED.get(opener.lower) : undefined;
    if (pronoun && (opener.lower === 'he' || opener.lower === 'she') && previousSubjects.length === 1 && !previousSubjects[0].gender) {
      previousSubjects[0].gender = pronoun;
    }
    const subjects: Entity[] = [];
    // A dateline's place names nobody.
    const from = p.ordinal === 0 && s === 0 ? datelineEnd(p.tokens) : s;
    for (let i = from; i < e; i++) {
      if (!isNameWord(p.tokens[i]) || (i > s && isNameWord(p.tokens[i - 1]))) continue;
      const run = nameRunAt(p.tokens, i, e);
      if (!run) continue;
      const single = run.to - run.from === 1;
      const next = p.tokens[run.to];
      // A lone capital at the head of a sentence is usually just a capital.
      // A lone capital opening a sentence is a name only before a verb ("Kim said", "Kim took")
      // or when it is a name met before ("Nwosu and Tamm have …"), not "Armed officers".
      // "Torquil, 82, a retired crofter, …": a lone capital with an age after it is a person.
      const aged = next?.text === ',' && p.tokens[i + 2]?.kind === 'num' && p.tokens[i + 3]?.text === ',';
      if (single && i === s && !aged && !isVerbLike(next, false) && !entities.knows(p.tokens[i].text)) continue;
      if (single && (COUNT_WORDS.has(p.tokens[i].lower) || (i === s && MEASURES.has(p.tokens[i].lower)))) continue;
      // "in an Instagram post": a platform is where people speak, never someone a pronoun stands for.
      // "posted on X.": the platform's one letter takes the sentence's full stop.
      if (single && CHANNELS.has(p.tokens[i].lower.replace(/\.$/, ''))) continue;
      // "the Alfred Nzo district", "Kings Cross station": a name before a place noun names the place.
      if (next !== undefined && next.kind === 'word' && !next.cap && PLACE_NOUNS.has(next.lower)) {
        i = run.to - 1;
        continue;
      }
      if (single && (NATIONALITIES.has(p.tokens[i].lower) || isNationalityNoun(p.tokens[i].text))) continue;
      // "Harbour coach Jana Holt", "Labor senator Ben Orr": a name before a role and a name is the
      // side the person belongs to, not the subject of the sentence.
      // "a Year 10 pupil", "Route 9 buses": a capital before a number labels a thing.
      if (modifiesRole(p.tokens, run.to, e) || next?.kind === 'num' || inAddress(p.tokens, run.from, s)) {
        i = run.to - 1;
        continue;
      }
      // "Vela Motors and Ostrom Steel announced …": two names, each met on its own.
      const parts = jointParts(p.tokens, run, (w) => entities.knows(w));
      if (parts) {
        for (const part of parts) {
          const m = describe(p.text, p.tokens, part);
          const entity = m.kind === 'person' || m.kind === 'org' ? entities.resolve(m, whereOf(p, part.from, si)) : null;
          if (entity) entities.record(entity, whereOf(p, part.from, si), { subject: opensClause(p.tokens, run.from, s), speaker: false, named: true });
        }
        i = run.to - 1;
        continue;
      }
      // "Minister for Tides, Ports and the Coast Ann Roe": a run after "and the" or
      // "of the" may end a longer title, and is read with it.
      const article = p.tokens[run.from - 1];
      const inside =
        (article?.lower === 'the' && !article.cap && /^(?:and|of|for)$/.test(p.tokens[run.from - 2]?.lower ?? '')) ||
        (run.from - 1 > s && joinsBodyName(p.tokens, run.from - 1, s, e));
      const longer = inside ? phraseBefore(p.tokens, run.to, s) : null;
      const own = describe(p.text, p.tokens, run);
      const withTitle = own.kind === 'person' && longer && longer.from < run.from - 1 ? describe(p.text, p.tokens, longer) : null;
      const bare = withTitle?.kind === 'person' ? withTitle : own;
      const mention = bare.kind === 'person' ? (withApposition(p, run, s, e) ?? bare) : bare;
      if (mention.kind !== 'person' && mention.kind !== 'org') {
        i = run.to - 1;
        continue;
      }
      const at = whereOf(p, i, si);
      const entity = entities.resolve(mention, at);
      if (!entity) continue;
      // "Scottish Labour leader Kieran Dalgleish raised …": a title before the name is part of the subject.
      const titled = run.from > s ? titleBefore(p.tokens, run.from, s) : -1;
      // Not after a comma: "X, a former club captain Y …" is an aside, not the clause's subject.
      const subject =
        opensClause(p.tokens, run.from, s) || (titled >= 0 && (titled === s || (CLAUSE_OPENERS.has(p.tokens[titled - 1].lower) && !p.tokens[titled - 1].cap)));
      entities.record(entity, at, { subject, speaker: false, named: true });
      // "… told Suparno that his office …": the first person of a sentence, subject or not, owns the next he or his.
      const firstPerson = onlyOf(subjects, entity);
      if (entity.kind === 'person' && !subjects.includes(entity)) subjects.push(entity);
      if ((subject || firstPerson) && entity.kind === 'person' && !entity.gender) entity.gender = pronounGender(p.tokens, run.to, e);
      i = run.to - 1;
    }
    return subjects;
  }
}

/**
 * A person's name set off by commas beside a description, whatever the verb:
 * "The buses minister, Kwame Asante, is expected …", "Lena Berg, a nurse at
 * the clinic, has worked …". The description gives the person's role, so that
 * "the minister" later finds them.
 */
function withApposition(p: ParagraphView, run: Range, s: number, e: number): Mention | null {
  const tokens = p.tokens;
  if (tokens[run.to]?.text !== ',') return null;
  if (tokens[run.from - 1]?.text === ',') {
    const desc = phraseBefore(tokens, run.from - 1, s);
    const opens = desc !== null && (desc.from === s || tokens[desc.from - 1].text === ',' || CLAUSE_OPENERS.has(tokens[desc.from - 1].lower));
    if (opens && describe(p.text, tokens, desc).kind === 'descriptor') {
      const combined = describe(p.text, tokens, desc, run);
      if (combined.kind === 'person') return combined;
    }
  }
  // "Jane Doe, 34, a nurse, …": past the age to the description.
  let appos = apposAfter(tokens, run, e);
  if (appos && appos.to - appos.from === 1 && tokens[appos.from].kind === 'num') appos = apposAfter(tokens, { from: run.from, to: appos.to }, e);
  const described = appos ? describe(p.text, tokens, appos).kind : null;
  // "a nurse", or a description whose noun the lists lack ("a retired crofter on Lewis").
  if (
    appos &&
    DESCRIPTION_OPENERS.has(tokens[appos.from].lower) &&
    (described === 'descriptor' || (described === 'group' && tokens[appos.from].lower !== 'the'))
  ) {
    const combined = describe(p.text, tokens, run, appos);
    if (combined.kind === 'person') return combined;
  }
  return null;
}

/** Lower-case role words at `from` (at most three) followed by a name: "coach Jana Holt", "chief executive Tim Ro". */
function modifiesRole(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k < from + 3 && tokens[k].kind === 'word' && !tokens[k].cap && isTitleWord(tokens[k].text)) k++;
  return k > from && k < to && isNameWord(tokens[k]);
}

// How far back an address may start: "of Flat 2, Mill Lane, Ashby".
const MAX_ADDRESS_TOKENS = 10;

/** "X, 29, of Mill Lane, Ashby,": the capitals after an age and "of" are where someone lives. */
function inAddress(tokens: Token[], from: number, s: number): boolean {
  for (let k = from - 1; k > s + 2 && k >= from - MAX_ADDRESS_TOKENS; k--) {
    const t = tokens[k];
    if (t.lower === 'of' && !t.cap) return tokens[k - 1].text === ',' && tokens[k - 2].kind === 'num';
    if (t.text !== ',' && !isNameWord(t) && t.kind !== 'num') return false;
  }
  return false;
}

/** The gender of the first he/his/she/her after a subject, before any other name. */
function pronounGender(tokens: Token[], from: number, to: number): 'm' | 'f' | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || isNameWord(t)) return null;
    // "X said a man was hurt when he fell": the pronoun is the other person's.
    if (t.kind === 'word' && !t.cap && isPersonNoun(t.lower)) return null;
    const gender = t.kind === 'word' && !t.cap ? GENDERED.get(t.lower) : undefined;
    if (gender) return gender;
  }
  return null;
}

/** A body or title word among tokens [from, to): read in place, as this runs for every name. */
function hasBodyOrTitleWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isOrgWord(tokens[k].text) || isTitleWord(tokens[k].text)) return true;
  return false;
}

/** Every entity in `list` is `entity` (true for an empty list). */
function onlyOf(list: Entity[], entity: Entity): boolean {
  for (const x of list) if (x !== entity) return false;
  return true;
}

/** The run of capitalised words starting at `p`: "Polish Foreign Minister Zbigniew Rau", "Friends of Nairobi National Park". */
function nameRunAt(tokens: Token[], p: number, ceil: number): Range | null {
  if (!isNameWord(tokens[p])) return null;
  let j = p + 1;
  while (j < ceil) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (continuesName(t, tokens[j - 1])) {
      j++;
      continue;
    }
    if (t.text === '(' && isNameWord(next) && tokens[j + 2]?.text === ')') {
      j += 3;
      continue;
    }
    if ((t.text === '&' && isNameWord(next)) || joinsBodyName(tokens, j, p, ceil) || titlePossessive(tokens, j)) {
      j++;
      continue;
    }
    if (!t.cap && t.kind === 'word' && NAME_PARTICLES.has(t.lower) && particlesThenName(tokens, j)) {
      j++;
      continue;
    }
    if (!t.cap && t.kind === 'word' && INNER_JOINERS.has(t.lower)) {
      const after = t.lower !== 'the' && next?.lower === 'the' ? tokens[j + 2] : next;
      // "Center for Strategic Studies", "Secretary of State", but not "New York for the United Nations".
      const joins = hasBodyOrTitleWord(tokens, p, j);
      if (isNameWord(after) && joins) {
        j++;
        continue;
      }
    }
    break;
  }
  // A trailing joiner or "the" never ends a name.
  while (j > p + 1 && !tokens[j - 1].cap && tokens[j - 1].text !== ')') j--;
  return { from: p, to: j };
}

/**
 * Where a title standing right before a name starts ("Scottish Labour leader |
 * Kieran Dalgleish", "the club's head coach | X"): capitalised words, title
 * words and a possessive, read back to a determiner; -1 when no title word stands there.
 */
function titleBefore(tokens: Token[], from: number, s: number): number {
  let k = from - 1;
  let title = false;
  while (k >= s) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.cap && isTitleWord(t.text)) title = true;
    else if (!(t.kind === 'poss' || (t.kind === 'word' && (t.cap || DETERMINERS.has(t.lower))))) break;
    k--;
  }
  return title ? k + 1 : -1;
}
