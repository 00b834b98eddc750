import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/help.js';
import { parseArgs } from '../../src/cli/args.js';

describe('--help', () => {
  it('fits an 80-column terminal', () => {
    for (const line of USAGE.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('names every option the parser accepts, and nothing it refuses', () => {
    const named = [...USAGE.matchAll(/^\s+(-\w|--[\w-]+)/gm)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const flag of named) {
      const argv = flag === '--max-size' ? [flag, '1M', 'a'] : flag === '--format' ? ['--quotes', flag, 'csv', 'a'] : [flag, 'a'];
      expect(() => parseArgs(argv), flag).not.toThrow();
    }
  });
});
