// The fitted models: linear scores over named features, the weights that
// scripts/fit-weights.ts fits on the development sets, and the trace of
// decisions it learns from.
// What the other stages may use of this one.
export { linearScore, logistic } from './linear.js';
export type { Features, Weights } from './linear.js';
export { trace, traceDecisions, tracing } from './trace.js';
export type { Decision, MentionDecision, SpeakerDecision } from './trace.js';
export * from './weights.js';
