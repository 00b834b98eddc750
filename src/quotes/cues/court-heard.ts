// Court formulas: "…, the court heard.", "…, a jury has heard.", "Jurors were
// told that …". What a court hears at a trial is put to it by the prosecution,
// so the formula reports the prosecuting counsel's words when the article names
// one ("X KC, prosecuting", "prosecutor X"), else the prosecution's.
import { lastWord, span } from './content.js';
import { describe, type Mention } from '../mentions/index.js';
import type { Indirect } from './reported.js';
import { tokenize, type Token } from '../scan/index.js';
import { HEARD_AUX, HEARD_CONTENT_OPENERS, TOLD_AUX } from '../lexicon/index.js';

/** A report found through a court formula: its speaker is the prosecution, not the court. */
export interface Heard extends Indirect {
  heard: true;
}

// The hearers and the article each may take: "the court", "a jury", "jurors".
const HEARERS = new Map<string, readonly string[]>([
  ['court', ['the']],
  ['jury', ['the', 'a']],
  ['jurors', ['the', '']],
]);
const PROSECUTION_TEXT = 'the prosecution';
/** "the prosecution", read once, as the speaker every formula names. */
export const PROSECUTION: Mention = describe(PROSECUTION_TEXT, tokenize(PROSECUTION_TEXT, []), { from: 0, to: 2 });

/** The hearer phrase that ends at token `end` (exclusive), as [from, end), or -1. */
function hearerBefore(tokens: Token[], end: number, floor: number): number {
  const noun = tokens[end - 1];
  const articles = noun ? HEARERS.get(noun.lower) : undefined;
  if (!articles) return -1;
  if (end - 2 >= floor && articles.includes(tokens[end - 2].lower)) return end - 2;
  return articles.includes('') ? end - 1 : -1;
}

/** The verb group "heard", "has heard", "was told" from token `k`: its end, or -1. */
function formulaVerb(tokens: Token[], k: number): number {
  const w = tokens[k]?.lower;
  if (w === 'heard') return k + 1;
  if (HEARD_AUX.has(w ?? '') && tokens[k + 1]?.lower === 'heard') return k + 2;
  if (TOLD_AUX.has(w ?? '') && tokens[k + 1]?.lower === 'told') return k + 2;
  if (w === 'has' || w === 'have') return tokens[k + 1]?.lower === 'been' && tokens[k + 2]?.lower === 'told' ? k + 3 : -1;
  return -1;
}

/** The report a court formula makes in the sentence [s, e), if it has one. */
export function courtHeard(tokens: Token[], s: number, e: number): Heard | null {
  const last = lastWord(tokens, s, e);
  if (last < s + 3) return null;
  // "…, the court heard.": the formula closes the sentence after a comma.
  if (tokens[last].lower === 'heard' || tokens[last].lower === 'told') {
    for (let v = last; v >= last - 2 && v > s; v--) {
      if (formulaVerb(tokens, v) !== last + 1) continue;
      const from = hearerBefore(tokens, v, s);
      if (from <= s || tokens[from - 1].text !== ',') continue;
      const content = span(tokens, s, from - 2);
      return content ? { ref: { range: { from, to: v } }, at: from, ...content, source: false, heard: true } : null;
    }
    return null;
  }
  // "The court heard that …": the formula opens the sentence.
  const first = s + (HEARERS.has(tokens[s].lower) ? 0 : 1);
  const end = hearerBefore(tokens, first + 1, s) === s ? formulaVerb(tokens, first + 1) : -1;
  if (end < 0 || !HEARD_CONTENT_OPENERS.has(tokens[end]?.lower ?? '')) return null;
  const content = span(tokens, end + 1, last);
  return content ? { ref: { range: { from: s, to: first + 1 } }, at: s, ...content, source: false, heard: true } : null;
}
