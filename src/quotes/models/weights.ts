// Fitted weights, written by scripts/fit-weights.ts from the gold and
// development sets (never the blind sets). Do not edit by hand: run
// `npm run fit` after changing a feature, and commit the result.
import type { Weights } from './linear.js';

/** Logistic model: the chance that a quoted span is a mention, not speech. */
export const MENTION_WEIGHTS: Weights = {
  afterDeterminer: 1.2917,
  afterPreposition: 0.1628,
  bias: -0.6449,
  cueAfter: -1.1547,
  cueLabel: -2.0145,
  cueNoVerb: -1.5622,
  cueVerb: -2.6211,
  endsComma: 1.4162,
  endsStop: -0.4453,
  finiteVerb: -1.2542,
  firstPerson: -1.1230,
  mentionRule: 2.6510,
  nounAfter: -0.1189,
  opensSentence: -2.1473,
  otherQuote: -0.3322,
  partial: 0.7295,
  speechBefore: -0.8548,
  speechInSentence: -1.3713,
  startsUpper: 2.3999,
  titleCase: 2.8396,
  words1: 1.6235,
  words2: 1.6532,
  words3_4: 0.1217,
  words5_8: -0.8879,
  wordsMany: -2.2252,
};
