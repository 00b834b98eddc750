// Stage 1, scan: characters, quotation marks and tokens of one paragraph, and its sentences.
// What the other stages may use of this one.
export { findQuoteSpans, opensWithMark } from './marks.js';
export type { MarkSpan } from './marks.js';
export { LETTER, SPACE, UPPER, classAt, widthAt } from './scan.js';
export { isStop, sentenceRanges, tokenize } from './tokens.js';
export type { Token } from './tokens.js';
