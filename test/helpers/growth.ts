// Growth by ratio, never by time: how much longer `run` takes on an input `factor`
// times larger. Linear work gives about `factor`, quadratic about `factor`².
// The best of a few runs is taken at each size, so that a busy machine (other
// tests share two cores) slows both sizes rather than skewing one.

/** t(make(n * factor)) / t(make(n)), each the fastest of `reps` runs after a warm-up. */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 4, reps = 3): number {
  const small = make(n);
  const large = make(n * factor);
  const best = (input: T): number => {
    let min = Infinity;
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      run(input);
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  run(small); // warm-up: compile before timing
  const a = best(small);
  const b = best(large);
  // Below a millisecond the timer's grain dominates; count it as one.
  return Math.max(b, 1) / Math.max(a, 1);
}

/** The bound a linear pass stays under for ×4: well below the 16 of a quadratic one. */
export const LINEAR_BOUND = 8;

/**
 * The smallest of up to `tries` growth ratios: a collection pause on a shared
 * machine can slow one measurement, but a quadratic pass is slow in every try.
 */
export function bestGrowth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries && best >= LINEAR_BOUND; i++) best = Math.min(best, growthRatio(make, run, n));
  return best;
}
