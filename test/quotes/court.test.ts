// Court formulas: what a court or jury "heard" or "was told" is the prosecution's case.
import { describe, expect, it } from 'vitest';
import { analyze, reported } from './helpers.js';

describe('a court formula reports the prosecution', () => {
  it('"…, a jury has heard" in the lead is the prosecuting counsel named below', () => {
    const r = analyze(
      'A woman punched a guard outside a nightclub in Halbury, a jury has heard.',
      'Tobias Wrenfield KC, prosecuting, told jurors the attack lasted seconds.',
      'The guard fell and struck his head on the kerb, the court heard.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Tobias Wrenfield', 'Tobias Wrenfield', 'Tobias Wrenfield']);
    expect(r.people.map((p) => p.name)).toEqual(['Tobias Wrenfield']);
  });

  it('"the court was told", "prosecutor X": the prosecutor, named after', () => {
    const r = analyze(
      'A courier kept parcels worth £9,000 at his flat, the court was told.',
      'Prosecutor Delia Marchbank said none of the parcels was ever returned.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Delia Marchbank', 'Delia Marchbank']);
  });

  it('"Jurors heard that …" with no counsel named is the prosecution', () => {
    const r = analyze('Jurors heard that the builder had hidden his debts from the lender for two years.');
    expect(reported(r)).toEqual([['prosecution', 'the builder had hidden his debts from the lender for two years']]);
  });

  it('what the court heard is not the court speaking, and "heard" alone is not a formula', () => {
    const r = analyze('The court heard the appeal on Monday.', 'Neighbours heard a loud bang shortly after midnight, the court heard.');
    expect(reported(r).map(([s]) => s)).toEqual(['prosecution']);
  });
});
