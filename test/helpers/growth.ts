// Growth by ratio, never by time: how much longer `run` takes on an input
// `factor` times larger, given as an exponent (log of the ratio, base
// `factor`): linear work gives about 1, quadratic about 2. A factor of 16 keeps
// the linear ratio (16) a factor of 4 below the bound (64) and the quadratic one
// (256) a factor of 4 above it; with a factor of 4 a linear pass on a busy
// machine (other tests share two cores) measured 8.3 against a bound of 8.

// With --expose-gc (vitest.config.ts) each timed run starts on a clean heap,
// so that no run pays for the garbage of the one before it.
const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

// Time is the process's CPU time, not the clock: on a shared machine a long run
// is preempted more often than a short one, which the clock would count as
// growth. A run under 2 ms is repeated and the mean taken, since flooring it
// would hide a quadratic pass on small input.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** t(make(n * factor)) / t(make(n)), each the fastest of `reps` runs after a warm-up. */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 16, reps = 5): number {
  const small = make(n);
  const large = make(n * factor);
  const time = (input: T): number => {
    collectGarbage();
    const t = cpuMs();
    let runs = 0;
    let elapsed = 0;
    do {
      run(input);
      runs++;
      elapsed = cpuMs() - t;
    } while (elapsed < 2);
    return elapsed / runs;
  };
  run(small); // warm-up: compile before timing
  // The sizes take turns, so load arriving part-way through slows both.
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < reps; i++) {
    a = Math.min(a, time(small));
    b = Math.min(b, time(large));
  }
  return b / a;
}

/** The exponent a linear pass stays under: halfway between linear (1) and quadratic (2). */
export const LINEAR_BOUND = 1.5;

/**
 * The growth exponent, the smallest of up to `tries` measurements: a
 * collection pause can slow one, but a quadratic pass is slow in every try.
 * `factor` is smaller only where a regression would be exponential, so that
 * the large input stays small enough to fail rather than hang.
 */
export function growthExponent<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, factor = 16, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries && best >= LINEAR_BOUND; i++) {
    best = Math.min(best, Math.log(growthRatio(make, run, n, factor)) / Math.log(factor));
  }
  return best;
}
