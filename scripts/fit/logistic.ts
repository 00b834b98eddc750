// Two small fitted models, by gradient descent with L2 regularisation (the bias
// is not shrunk): logistic regression for a yes-or-no decision, and a
// conditional logit for choosing one candidate out of several.

export type Features = Record<string, number>;

export interface Example {
  features: Features;
  label: 0 | 1;
  /** Where the example comes from, for reports. */
  group: string;
}

export interface Choice {
  about: string;
  options: { features: Features; right: boolean }[];
}

const L2 = 0.5;
const STEPS = 600;
const RATE = 0.1;

function dot(w: Map<string, number>, f: Features): number {
  let z = 0;
  for (const k in f) z += (w.get(k) ?? 0) * f[k];
  return z;
}

/** Adam steps on a loss whose gradient `grad` fills in; weights start at zero. */
function descend(keys: string[], grad: (w: Map<string, number>, g: Map<string, number>) => number): Record<string, number> {
  const w = new Map(keys.map((k) => [k, 0]));
  const m = new Map(keys.map((k) => [k, 0]));
  const v = new Map(keys.map((k) => [k, 0]));
  for (let t = 1; t <= STEPS; t++) {
    const g = new Map(keys.map((k) => [k, 0]));
    const n = grad(w, g);
    for (const k of keys) {
      const gk = g.get(k)! / n + (k === 'bias' ? 0 : (L2 * w.get(k)!) / n);
      m.set(k, 0.9 * m.get(k)! + 0.1 * gk);
      v.set(k, 0.999 * v.get(k)! + 0.001 * gk * gk);
      const mh = m.get(k)! / (1 - 0.9 ** t);
      const vh = v.get(k)! / (1 - 0.999 ** t);
      w.set(k, w.get(k)! - (RATE * mh) / (Math.sqrt(vh) + 1e-8));
    }
  }
  return Object.fromEntries([...w].filter(([, x]) => Math.abs(x) > 1e-4));
}

function keysOf(features: Features[]): string[] {
  const keys = new Set<string>();
  for (const f of features) for (const k in f) keys.add(k);
  return [...keys].sort();
}

export function fitLogistic(examples: Example[]): Record<string, number> {
  return descend(keysOf(examples.map((e) => e.features)), (w, g) => {
    for (const ex of examples) {
      const p = 1 / (1 + Math.exp(-dot(w, ex.features)));
      const d = p - ex.label;
      for (const k in ex.features) g.set(k, g.get(k)! + d * ex.features[k]);
    }
    return Math.max(1, examples.length);
  });
}

/** A conditional logit: softmax over each choice's options, the right ones sharing the probability. */
export function fitConditional(choices: Choice[]): Record<string, number> {
  return descend(keysOf(choices.flatMap((c) => c.options.map((o) => o.features))), (w, g) => {
    for (const c of choices) {
      const z = c.options.map((o) => dot(w, o.features));
      const top = Math.max(...z);
      const e = z.map((x) => Math.exp(x - top));
      const sum = e.reduce((a, b) => a + b, 0);
      const rightSum = e.reduce((a, b, k) => a + (c.options[k].right ? b : 0), 0);
      c.options.forEach((o, k) => {
        // d(-log P(right))/dz_k = p_k - p_k·[right_k] / P(right)
        const p = e[k] / sum;
        const q = o.right ? e[k] / rightSum : 0;
        for (const f in o.features) g.set(f, g.get(f)! + (p - q) * o.features[f]);
      });
    }
    return Math.max(1, choices.length);
  });
}
