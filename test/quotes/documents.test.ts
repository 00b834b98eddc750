// A document's words go to whoever issued it, when the text names them.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported, reportedSpeakers as sources } from './helpers.js';

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

describe('a document and who made it, after "according to" (round thirteen)', () => {
  it('"according to a survey by the ministry": the maker of the survey is the source', () => {
    expect(sources('According to a survey by the Velstrand Transit Board released in June, a third of stops have closed.')).toEqual([
      'Velstrand Transit Board',
    ]);
  });

  it('"a guideline jointly issued by X": an adverb before the issuing verb keeps X the source', () => {
    expect(sources('According to a guideline jointly issued by the Orrin Harbour Council, fees should be cut.')).toEqual(['Orrin Harbour Council']);
  });

  it('"according to a count by X": the counter is the source, and what the count found is the content', () => {
    const r = analyze('Regulators have opened more than 30 cases since May, according to a count by the law firm Tessel & Rudd.');
    expect(reported(r)).toEqual([['Tessel & Rudd', 'Regulators have opened more than 30 cases since May']]);
  });

  it('"according to its website" credits the body the sentence opens on, past an aside about it', () => {
    expect(sources('Morvane, founded in the 1980s, employs about 2,000 people, according to its website.')).toEqual(['Morvane']);
  });
});
