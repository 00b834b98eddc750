// The ratchet of issue 11: no change may cost the gold set or a development
// set more than 0.01 on any figure recorded in recorded-figures.json, which
// `npm run eval -- --record` writes from a full run.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measures, type Measures } from '../../scripts/eval/score.js';
import { ROOT, scoreSet, setDir, totalOf } from '../../scripts/eval/sets.js';

const recorded = JSON.parse(readFileSync(join(ROOT, 'test', 'quotes', 'recorded-figures.json'), 'utf8')) as Record<string, Partial<Measures>>;
const SLACK = 0.01;

describe('the figures recorded in the repository', () => {
  for (const [set, figures] of Object.entries(recorded)) {
    it(`${set} keeps them, within ${SLACK}`, () => {
      const m = measures(totalOf(scoreSet(setDir(set))));
      for (const [key, value] of Object.entries(figures) as [keyof Measures, number][]) {
        expect(m[key], `${set} ${key}`).toBeGreaterThanOrEqual(value - SLACK);
      }
    });
  }
});
