// Stage 4, cues and reported speech: speech verbs in a sentence and who does the speaking ("X said", "said X", "according to X", "X: …"), the cue beside each quoted span, reported statements without quote marks, and whether a quote is direct or partial.
// What the other stages may use of this one.
export { PROSECUTION, courtHeard } from './court-heard.js';
export { endsWithStop, isDirect } from './kinds.js';
export { cueAfter, cueBefore, isMention, looksLikeTitle } from './quote-cues.js';
export type { Cue } from './quote-cues.js';
export { mentionFeatures } from './mention-features.js';
export { findIndirect, mayHoldCredit } from './reported.js';
export type { Indirect } from './reported.js';
export { verbAt } from './speech.js';
