// A document's words go to whoever issued it, when the text names them.
import { describe, expect, it } from 'vitest';
import { analyze, quoted } from './helpers.js';

const reportedBy = (r: ReturnType<typeof analyze>): (string | null)[] => r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);

describe('documents and their issuers', () => {
  it('"a report by X" and then "the report found" are X\'s', () => {
    const r = analyze(
      'A report by the Harbour Safety Commission, published on Monday, found that three cranes had failed inspections.',
      'Night shifts were the most dangerous, the report said.',
    );
    expect(reportedBy(r)).toEqual(['Harbour Safety Commission', 'Harbour Safety Commission']);
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['Harbour Safety Commission', 'organisation']]);
  });

  it('a name before the document noun is its issuer: "a Treasury memo"', () => {
    const r = analyze('A Northfield Council memo warned that the budget would run out by March.');
    expect(reportedBy(r)).toEqual(['Northfield Council']);
  });

  it('a possessor is its issuer: "the club\'s statement"', () => {
    const r = analyze('Corran Athletic said the striker would miss the final.', "The injury was not serious, according to the club's statement.");
    expect(reportedBy(r)).toEqual(['Corran Athletic', 'Corran Athletic']);
  });

  it('a nationality before the noun is not an issuer, and a document nobody issued speaks as itself', () => {
    const r = analyze('A leaked memo said the plant would close in June.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['leaked memo', 'document']]);
  });

  it('"X, in a statement posted on its page, said … "…"": the document with its participle is not the speaker of the partial quote', () => {
    const r = analyze('The union, in a statement posted on its Facebook page on Monday evening, said its members would stay out “for as long as talks go on”.');
    expect(quoted(r)).toEqual([['for as long as talks go on', 'union']]);
    expect(r.people.map((p) => p.name)).toEqual(['union']);
  });
});

describe('a document named with its year (round twelve)', () => {
  it('"a 2023 safety review" keeps its year in the name', () => {
    const r = analyze('According to a 2023 safety review obtained by the Courier, the dam was “at high risk of failure”.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['2023 safety review', 'document']]);
  });
});
