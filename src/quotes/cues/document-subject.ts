// A document described by what happened to it, as the subject of a verb of
// saying: "A leaflet pinned to lamp posts claimed …", "chat logs seen
// by a broadcaster show …". The participle's agent received the document; only
// an issuing participle ("released by the ministry") names who speaks.
import { AUXILIARIES, CLAUSE_OPENERS, DESCRIBED_DOCUMENTS, DETERMINERS, DOCUMENT_NOUNS, IRREGULAR_PAST, ISSUED } from '../lexicon/index.js';
import { afterTimeWords, isLowerWord, isModifierWord, isNameWord, phraseAfter, phraseBefore, type Range, type SpeakerRef } from '../phrases/index.js';
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

/** The document (or its issuer) that is the subject of the verb after `j`, in the clause from `from`; or null. */
export function documentSubject(tokens: Token[], j: number, from: number): SpeakerRef | null {
  for (let k = from; k < j && k < from + HEAD_REACH; k++) {
    const head = tokens[k];
    if (!isLowerWord(head) || !(DOCUMENT_NOUNS.has(head.lower) || DESCRIBED_DOCUMENTS.has(head.lower))) continue;
    // "A message that circulated on …": a relative clause does what a participle does.
    const relative = isLowerWord(tokens[k + 1]) && (tokens[k + 1].lower === 'that' || tokens[k + 1].lower === 'which') && isParticiple(tokens[k + 2]);
    if (!isParticiple(tokens[k + 1]) && !relative) return null;
    const participle = relative ? k + 2 : k + 1;
    const phrase = phraseBefore(tokens, k + 1, from) ?? documentPhrase(tokens, k, from);
    const opener = tokens[phrase.from - 1];
    const opens = phrase.from === from || (opener?.kind === 'word' && CLAUSE_OPENERS.has(opener.lower) && phrase.from - 1 === from);
    if (!opens) return null;
    // What stands between the participle and the verb is its complement, never a clause of its own.
    for (let m = participle + 1; m <= j; m++) {
      const t = tokens[m];
      if (t.kind === 'quote' || t.text === ';' || t.text === ':' || (isLowerWord(t) && (t.lower === 'that' || t.lower === 'who' || AUXILIARIES.has(t.lower))))
        return null;
    }
    // "A report released Monday by the agency found …": the issuer speaks.
    if (ISSUED.has(tokens[participle].lower)) {
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
