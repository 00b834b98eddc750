// Habits that recur across news in general, from house styles in many
// countries: conferred styles before a name, court reporting, collective and
// documentary speakers. Each case is written in its own words.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported } from './helpers.js';

describe('general news habits', () => {
  it('conferred styles (Datuk Seri) are not part of the name or the role', () => {
    const r = analyze(
      'Housing Minister Datuk Seri Farid Kamal said the flats would be finished by June.',
      '“We are on schedule,” Farid said.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Farid Kamal']);
    expect(quoted(r)).toEqual([['We are on schedule,', 'Farid Kamal']]);
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Farid Kamal', 'Housing Minister']]);
  });
});
