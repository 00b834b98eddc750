// Documents and who issued them, so that a document's words go to its issuer:
// "X issued a joint statement" or "X said in a statement" (then "the
// statement said" is X's), "a report by the Audit Office" or "a report
// published on Tuesday by the institute" (then "the report found" is theirs).
// The registry reads the issuer inside a document's own phrase ("the team's
// injury report", "a UN report"); see entities/registry.ts.
import { Entities, whereOf, type Entity } from '../entities/index.js';
import { DOCUMENT_NOUNS, ISSUED, NOT_OWN_DOCUMENT, OWNER_PRONOUNS, Sieve } from '../lexicon/index.js';
import { describe, type Mention } from '../mentions/index.js';
import { afterTimeWords, phraseAfter, phraseBefore } from '../phrases/index.js';
import type { Paragraph } from './paragraphs.js';

// Read on every word of a sentence: most are passed over without a lookup.
const DOCUMENT_SIEVE = new Sieve(DOCUMENT_NOUNS);

function isDocumentNoun(p: Paragraph, k: number): boolean {
  const t = p.tokens[k];
  return t.kind === 'word' && !t.cap && DOCUMENT_SIEVE.passes(t.lower) && DOCUMENT_NOUNS.has(t.lower);
}

/** "X said in a statement …": a document named with "a" in a sentence whose speaker is `entity` is theirs. */
export function noteSpeakersDocuments(p: Paragraph, s: number, e: number, entity: Entity, sentence: number, entities: Entities): void {
  for (let k = s + 1; k < e; k++) {
    if (!isDocumentNoun(p, k)) continue;
    let det = false;
    // "heard of it from a leaflet": a document the speaker got, read or spoke about is not theirs.
    for (let j = Math.max(s, k - 3); j < k; j++)
      if ((p.tokens[j].lower === 'a' || p.tokens[j].lower === 'an') && !NOT_OWN_DOCUMENT.has(p.tokens[j - 1]?.lower ?? '')) det = true;
    if (det) entities.noteDocument(p.tokens[k].lower, entity, whereOf(p, k, sentence));
  }
}

/**
 * The issuers a sentence names for its documents: "X issued a statement",
 * "a report by X", "a report from X", "a memo released on Monday by X".
 */
export function noteIssuers(p: Paragraph, s: number, e: number, si: number, entities: Entities): void {
  const tokens = p.tokens;
  for (let k = s + 1; k < e - 1; k++) {
    const w = tokens[k].lower;
    // "The two governments issued a joint statement": the subject owns the document.
    if (ISSUED.has(w) && k < e - 2) {
      let doc = -1;
      for (let j = k + 1; j < Math.min(e, k + 5); j++) if (isDocumentNoun(p, j)) doc = doc < 0 ? j : doc;
      const range = doc >= 0 ? phraseBefore(tokens, k, s) : null;
      if (range) {
        const where = whereOf(p, range.from, si);
        const owner = entities.resolve(describe(p.text, tokens, range), where);
        if (owner) entities.noteDocument(tokens[doc].lower, owner, where);
      }
      continue;
    }
    if (!isDocumentNoun(p, k)) continue;
    // "a report by X", "a report published on Tuesday by X".
    let by = k + 1;
    if (ISSUED.has(tokens[by]?.lower ?? '')) by = afterTimeWords(tokens, by + 1, e);
    if (by >= e || (tokens[by].lower !== 'by' && tokens[by].lower !== 'from')) continue;
    const range = phraseAfter(tokens, by + 1, e);
    if (!range) continue;
    const m = describe(p.text, tokens, range);
    if (m.kind !== 'org' && m.kind !== 'person' && m.kind !== 'group') continue;
    const where = whereOf(p, range.from, si);
    const owner = entities.resolve(m, where);
    if (owner) entities.noteDocument(tokens[k].lower, owner, where);
  }
}

/** "read the opening of his homily": later "the homily" is the person the pronoun points to. */
export function noteOwnDocuments(p: Paragraph, s: number, e: number, si: number, entities: Entities): void {
  for (let k = s; k < e - 1; k++) {
    const pronoun = OWNER_PRONOUNS.get(p.tokens[k].lower);
    if (!pronoun || p.tokens[k].kind !== 'word') continue;
    // The document noun right after it, or after one word: "his homily", "her first encyclical".
    const doc = [k + 1, k + 2].find((j) => j < e && isDocumentNoun(p, j));
    if (doc === undefined) continue;
    const where = whereOf(p, k, si);
    const owner = entities.resolve(pronounMention(pronoun), where);
    if (owner) entities.noteDocument(p.tokens[doc].lower, owner, where);
  }
}

/** A bare pronoun as a mention, for resolving a possessive. */
function pronounMention(name: string): Mention {
  return { kind: 'pronoun', name, role: null, head: null, definite: false, gender: null, acronyms: [], owner: null };
}
