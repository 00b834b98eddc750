// A linear model over named features: the weights are fitted on the gold sets
// by scripts/fit-weights.ts and live in weights.ts.
/** Named features of one decision: mostly 0 or 1. */
export type Features = Record<string, number>;

export type Weights = Readonly<Record<string, number>>;

/** w · f over the features present; a feature with no weight counts nothing. */
export function linearScore(w: Weights, f: Features): number {
  let z = 0;
  for (const k in f) z += (w[k] ?? 0) * f[k];
  return z;
}

/** The probability a logistic model gives. */
export function logistic(w: Weights, f: Features): number {
  return 1 / (1 + Math.exp(-linearScore(w, f)));
}
