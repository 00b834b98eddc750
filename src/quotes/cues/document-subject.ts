// A document described by what happened to it, as the subject of a verb of
// saying: "A leaflet pinned to lamp posts claimed …", "chat logs seen
// by a broadcaster show …". The participle's agent received the document; only
// an issuing participle ("released by the ministry") names who speaks.
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DESCRIBED_DOCUMENTS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  DOCUMENT_PREPOSITIONS,
  IRREGULAR_PAST,
  ISSUED,
  TIME_WORDS,
} from '../lexicon/index.js';
import {
  afterTimeWords,
  isAdverb,
  isCalendarWord,
  isLowerWord,
  isModifierWord,
  isNameWord,
  phraseAfter,
  type Range,
  type SpeakerRef,
} from '../phrases/index.js';
import type { Token } from '../scan/index.js';

// How far into its clause the document's head may stand: "But an internal campaign memo".
const HEAD_REACH = 6;

// "A notice circulating on …" describes as "a notice circulated among …" does.
const isParticiple = (t: Token | undefined): boolean =>
  isLowerWord(t) &&
  (/(?:ed|en)$/.test(t!.lower) ||
    (t!.lower.length > 5 && t!.lower.endsWith('ing')) ||
    (IRREGULAR_PAST.has(t!.lower) && t!.lower !== 'said' && t!.lower !== 'told'));

/** "the firm's internal messages", "A 2023 safety review": the words before a document's head. */
function documentPhrase(tokens: Token[], head: number, from: number): Range {
  let start = head;
  while (start > from) {
    const t = tokens[start - 1];
    if (t.kind === 'word' && DETERMINERS.has(t.lower)) return { from: start - 1, to: head + 1 };
    if (!(isModifierWord(t) || isNameWord(t) || t.kind === 'poss' || t.kind === 'num')) break;
    start--;
  }
  return { from: start, to: head + 1 };
}

const stops = (t: Token): boolean =>
  t.kind === 'quote' ||
  t.text === ';' ||
  t.text === ':' ||
  (isLowerWord(t) && (t.lower === 'that' || t.lower === 'who' || t.lower === 'which' || AUXILIARIES.has(t.lower)));

/**
 * The index after an aside set off by commas from the comma at `c` ("…, seen by the paper,",
 * "…, which had 900 signatures,", "…, apparently written by a driver,"), or -1 when the
 * comma opens no such aside closing by `j`.
 */
function asideEnd(tokens: Token[], c: number, j: number): number {
  let s = c + 1;
  if (isAdverb(tokens[s])) s++;
  const t = tokens[s];
  if (!isLowerWord(t)) return -1;
  // "…, a think tank in the capital,": an apposition on the issuer holds no clause.
  const apposition = DETERMINERS.has(t.lower);
  if (!apposition && t.lower !== 'which' && !isParticiple(t)) return -1;
  for (let m = s + 1; m <= j; m++) {
    if (tokens[m].text === ',') return m + 1;
    if (tokens[m].kind === 'quote' || tokens[m].text === ';' || tokens[m].text === ':' || (apposition && stops(tokens[m]))) return -1;
  }
  return -1;
}

/** The end of a phrase on the head from the preposition at `p` ("of breach figures", "on a forum"): the first participle, comma or `j + 1`. */
function headPhraseEnd(tokens: Token[], p: number, j: number): number {
  let m = p + 1;
  while (m <= j && !isParticiple(tokens[m]) && tokens[m].text !== ',') {
    if (stops(tokens[m])) return -1;
    m++;
  }
  return m;
}

/**
 * What stands between a document's head at `k` and its verb after `j` describes the document
 * only: a phrase on the head, a participle with its complement, asides set off by commas.
 * Returns the participle's index (or -1 when there is none), or null when something else stands there.
 */
function describedOnly(tokens: Token[], k: number, j: number): { participle: number; headEnd: number } | null {
  let m = k + 1;
  if (isLowerWord(tokens[m]) && DOCUMENT_PREPOSITIONS.has(tokens[m].lower)) {
    m = headPhraseEnd(tokens, m, j);
    if (m < 0) return null;
  }
  const headEnd = m;
  // "A message that circulated on …": a relative clause does what a participle does.
  if (isLowerWord(tokens[m]) && (tokens[m].lower === 'that' || tokens[m].lower === 'which') && isParticiple(tokens[m + 1])) m++;
  const participle = m <= j && isParticiple(tokens[m]) ? m : -1;
  if (participle < 0 && tokens[m]?.text !== ',' && m <= j) return null;
  // "The leaflet, which bore no logo, claimed": an aside alone describes too; nothing at all does not.
  if (participle < 0 && m === k + 1 && m > j) return null;
  while (m <= j) {
    const t = tokens[m];
    if (t.text === ',') {
      const end = asideEnd(tokens, m, j);
      if (end < 0) return null;
      m = end;
      continue;
    }
    // Only the participle's complement is read here, never a clause of its own.
    if (stops(t)) return null;
    m++;
  }
  return { participle, headEnd };
}

/** The end of the phrase on a head before `end`, without the time words that date the document: "a post on a forum | last week". */
function withoutTimeWords(tokens: Token[], head: number, end: number): number {
  let to = end;
  while (to - 1 > head && (isCalendarWord(tokens[to - 1]) || (!tokens[to - 1].cap && TIME_WORDS.has(tokens[to - 1].lower)))) to--;
  return to;
}

/** The document (or its issuer) that is the subject of the verb after `j`, in the clause from `from`; or null. */
export function documentSubject(tokens: Token[], j: number, from: number): SpeakerRef | null {
  for (let k = from; k < j && k < from + HEAD_REACH; k++) {
    const head = tokens[k];
    if (!isLowerWord(head) || !(DOCUMENT_NOUNS.has(head.lower) || DESCRIBED_DOCUMENTS.has(head.lower))) continue;
    const described = describedOnly(tokens, k, j);
    if (!described) return null;
    // "a summary of the fee figures": the phrase on the head is part of its name.
    const phrase = { ...documentPhrase(tokens, k, from), to: withoutTimeWords(tokens, k, described.headEnd) };
    const opener = tokens[phrase.from - 1];
    const opens = phrase.from === from || (opener?.kind === 'word' && CLAUSE_OPENERS.has(opener.lower) && phrase.from - 1 === from);
    if (!opens) return null;
    // "A report released Monday by the agency found …": the issuer speaks.
    const { participle } = described;
    if (participle >= 0 && ISSUED.has(tokens[participle].lower)) {
      const by = afterTimeWords(tokens, participle + 1, j + 1);
      if (tokens[by]?.lower === 'by') {
        const issuer = phraseAfter(tokens, by + 1, j + 1);
        if (issuer) return { range: issuer };
      }
    }
    return { range: phrase };
  }
  return null;
}
