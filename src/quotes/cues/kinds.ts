// Direct or partial: a direct quote stands as a sentence of its own (after a
// colon, a "said," or at the head of a sentence); a partial quote is a few
// words worked into the writer's sentence.
import { PRONOUNS, speechVerbForms } from '../lexicon/index.js';
import type { Token } from '../scan/index.js';

const MIN_DIRECT_WORDS = 5;

const SPACE_CHAR = /\s/;

/** `text` ends on ".", "!" or "?" and then only white space: /[.!?]\s*$/, read from the end (a quote may be long). */
export function endsWithStop(text: string): boolean {
  let k = text.length;
  while (k > 0 && SPACE_CHAR.test(text.charAt(k - 1))) k--;
  const c = k > 0 ? text.charCodeAt(k - 1) : 0;
  return c === 46 || c === 33 || c === 63;
}

/** Words in `text`, counted up to `cap`: only small counts are ever compared. */
function wordCount(text: string, cap = 12): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < cap; i++) {
    const c = text.charCodeAt(i);
    const letter = c > 127 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter && !inWord) n++;
    inWord = letter && c !== 8217 && c !== 8220 && c !== 8221;
  }
  return n;
}

// At module level: esbuild turns a literal with \p{…} into `new RegExp(…)` at each use.
const SENTENCE_START = /^(?:\p{Lu}|\p{N}|\[\p{L}\]|\[)/u;

/** Starts like a sentence: a capital, or a bracketed lower-case letter the writer changed ("[w]e"). */
function startsLikeSentence(content: string): boolean {
  const c = content.replace(/^[\s.…\-–—]+/, '');
  return SENTENCE_START.test(c);
}

/** The writer's sentence goes on after the quote: "in "not life-threatening" condition". */
function sentenceContinues(tokens: Token[], q: number, end: number): boolean {
  const next = tokens[q + 1];
  if (!next || q + 1 >= end) return false;
  if (next.kind !== 'word' || next.cap) return false;
  if (PRONOUNS.has(next.lower)) return false;
  // "…," union president Rita Gomes told reporters: a cue, not the writer's sentence going on.
  for (let k = q + 1; k < Math.min(end, q + 7); k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.cap && speechVerbForms(t.lower).some((v) => v.cls !== 'label' && v.cls !== 'belief')) return false;
    if (t.kind === 'punct' || t.kind === 'quote') break;
  }
  return true;
}

/** A quote earlier in the sentence, then only its cue: "…," she said, "…". */
function splitAfterCue(tokens: Token[], q: number, start: number): boolean {
  for (let k = q - 2; k >= start && q - k <= 8; k--) {
    if (tokens[k].kind === 'quote') return true;
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return false;
  }
  return false;
}

export function isDirect(content: string, tokens: Token[], q: number, start: number, end: number, continuation: boolean): boolean {
  if (continuation) return true;
  const prev = q > start ? tokens[q - 1] : undefined;
  const words = wordCount(content);
  if (sentenceContinues(tokens, q, end)) return false;
  if (!prev || prev.text === ':' || prev.kind === 'quote') return startsLikeSentence(content) || words >= MIN_DIRECT_WORDS;
  // The rest of a quote split around its cue: ""Her," says Tamm, "and it is close.""
  if (prev.text === ',' && splitAfterCue(tokens, q, start)) return true;
  if (prev.text === ',') return startsLikeSentence(content) || words >= MIN_DIRECT_WORDS + 3;
  // saying "state-to-state agreements are not …": a full sentence right after the verb.
  if (prev.kind === 'word' && speechVerbForms(prev.lower).some((v) => v.cls !== 'label')) {
    return words >= MIN_DIRECT_WORDS && /[.!?]["'”’]*$/.test(content.trim());
  }
  return false;
}
