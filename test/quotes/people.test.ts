// The people panel: one entry per speaker, in order of first appearance,
// with a readable role and the counts of quotes and reported statements.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

describe('people', () => {
  it('lists each speaker once, in order of first appearance, with counts', () => {
    const r = analyze(
      'Harbour master Pia Lund said the storm had passed.',
      '"We were lucky," Lund said. "Very lucky."',
      '"The nets are gone," said skipper Ivo Tamm.',
    );
    expect(r.people).toEqual([
      { name: 'Pia Lund', role: 'Harbour master', type: 'person', quotes: 2, reported: 1 },
      { name: 'Ivo Tamm', role: 'skipper', type: 'person', quotes: 1, reported: 0 },
    ]);
  });

  it('takes the role from a title before the name', () => {
    const r = analyze('Deputy Health Minister Rana Aziz said the clinics would stay open.');
    expect(r.people[0]).toMatchObject({ name: 'Rana Aziz', role: 'Deputy Health Minister' });
  });

  it('keeps a long apposition short: the title and the body, not the clause', () => {
    const r = analyze('Lea Hoff, the Ingrid Berg Professor of Marine Law who studies shipping disputes at Nordhavn University, says the rules are outdated.');
    expect(r.people[0]).toMatchObject({ name: 'Lea Hoff', role: 'Ingrid Berg Professor of Marine Law, Nordhavn University' });
  });

  it('lists bodies, documents and anonymous sources as speakers', () => {
    const r = analyze(
      'The Port Authority said the berth was closed.',
      'An internal report said the crane was faulty.',
      'A senior port official said the repairs would take weeks.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Port Authority', 'internal report', 'senior port official']);
  });

  it('every quote speaker is a listed person, and counts add up', () => {
    const r = analyze('"Trains will run," said operator spokesperson Kai Holt. "But slowly."', 'Holt added that repairs would take a month.');
    const names = new Set(r.people.map((p) => p.name));
    for (const q of r.quotes) if (q.speaker) expect(names.has(q.speaker)).toBe(true);
    const total = r.people.reduce((n, p) => n + p.quotes + p.reported, 0);
    expect(total).toBe(r.quotes.filter((q) => q.speaker !== null).length);
  });
});
