// The decisions the fitted models take, for scripts/fit-weights.ts to learn
// from: off unless a listener is set, and never read by the engine itself.
import type { Features } from './linear.js';

export interface MentionDecision {
  type: 'mention';
  /** The paragraph's ordinal in the article and the span's offsets in it. */
  paragraph: number;
  start: number;
  end: number;
  features: Features;
}

export interface SpeakerDecision {
  type: 'speaker';
  /** What was decided: a quote's speaker, or a pronoun's antecedent. */
  about: 'quote' | 'pronoun';
  /** Whose speaker it names: a quoted span's, or a reported statement's (scored by its paragraph). */
  target: 'quote' | 'indirect';
  paragraph: number;
  start: number;
  end: number;
  /** Each candidate's final name (read when the article is done) and features. */
  candidates: { name: () => string; features: Features }[];
}

export type Decision = MentionDecision | SpeakerDecision;

let listener: ((d: Decision) => void) | null = null;

/** Send every decision to `fn` (null: stop). */
export function traceDecisions(fn: ((d: Decision) => void) | null): void {
  listener = fn;
}

export function trace(d: Decision): void {
  if (listener) listener(d);
}

export function tracing(): boolean {
  return listener !== null;
}
