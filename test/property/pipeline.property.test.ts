// Issue 16: the whole pipeline on grammar-shaped speech, mutated and hostile
// articles and the old growth shapes, within a CI budget. Nothing may crash,
// fault in the engine, misplace a quote or let a control reach the output.
// `npm run fuzz` runs the same check on 100,000+ inputs with a hang timeout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../fuzz/pipeline.js';
import { fuzzInput, growthShape, speechArticle } from '../fuzz/speech.js';

const BUDGET_MS = 7_500;

const holds = (text: string) => {
  const outcome = runPipeline(text);
  expect(outcome.kind === 'ok' || outcome.kind === 'refused', `${outcome.kind}: ${'message' in outcome ? outcome.message : ''}`).toBe(true);
};

describe('the whole pipeline', () => {
  it('holds on speech articles ("(X) said", acronyms, brackets, nested marks, escapes)', () => {
    fc.assert(fc.property(speechArticle, holds), { numRuns: 1500, interruptAfterTimeLimit: BUDGET_MS / 3, markInterruptAsFailure: false });
  });

  it('holds on the growth shapes', () => {
    fc.assert(fc.property(growthShape, holds), { numRuns: 200, interruptAfterTimeLimit: BUDGET_MS / 3, markInterruptAsFailure: false });
  });

  it('holds on the fuzz mix', () => {
    fc.assert(fc.property(fuzzInput, holds), { numRuns: 1000, interruptAfterTimeLimit: BUDGET_MS / 3, markInterruptAsFailure: false });
  });

  it('reports an engine crash as one (the check can fail)', () => {
    expect(runPipeline('According to (WHO), the virus spreads.\n').kind).toBe('ok');
    expect(runPipeline('\u0000\u0001binary').kind).toBe('refused');
  });
}, 60_000);
