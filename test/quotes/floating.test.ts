// Quotes with no cue of their own, quotes over several paragraphs, labels,
// and quoted words nobody speaks.
import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../src/quotes/index.js';
import { analyze, article, quoted, speakerOf } from './helpers.js';

describe('quotes with no cue of their own', () => {
  it("a floating quote right after a quote by X in the same paragraph is X's", () => {
    const r = analyze('"We lost everything," said fisherman Jonas Eriksen. "The boat, the nets, the lot."');
    expect(quoted(r)).toEqual([
      ['We lost everything,', 'Jonas Eriksen'],
      ['The boat, the nets, the lot.', 'Jonas Eriksen'],
    ]);
  });

  it("a floating quote in the next paragraph is the last speaker's", () => {
    const r = analyze('Biologist Mira Tanaka said the reef was recovering.', '"The coral is coming back faster than we hoped."');
    expect(speakerOf(r, 'coral')).toBe('Mira Tanaka');
  });

  it('a quote after a paragraph that introduces someone is theirs', () => {
    const r = analyze('Another resident, Hugo Lenz, has lived on the street for 40 years.', '"Nobody asked us anything."');
    expect(speakerOf(r, 'Nobody asked')).toBe('Hugo Lenz');
  });

  it('a quote over several paragraphs keeps one speaker, cue on the last part', () => {
    const r = analyze('"The dam was built in 1962 and has never been inspected properly,', '"Every spring we hold our breath," said engineer Rosa Milani.');
    expect(quoted(r)).toEqual([
      ['The dam was built in 1962 and has never been inspected properly,', 'Rosa Milani'],
      ['Every spring we hold our breath,', 'Rosa Milani'],
    ]);
  });

  it('a label line names the speaker of the statement under it', () => {
    const r = analyze('Joan Merrill, Director, Coastal Trust', '“This is a good day for the coast.” [Statement, 1/6/2025]');
    expect(speakerOf(r, 'good day')).toBe('Joan Merrill');
    expect(r.people[0]).toMatchObject({ name: 'Joan Merrill', role: 'Director, Coastal Trust', quotes: 1 });
  });

  it('no quote crosses a subheading', () => {
    const r = analyzeQuotes(article(['Officer Lu Wen said the road was closed.'], { title: 'Next steps', paragraphs: ['"Nobody goes in," said nobody.'] }));
    expect(speakerOf(r, 'Nobody goes')).not.toBe('Lu Wen');
  });
});

describe('quoted words nobody speaks', () => {
  it('a title of a work, a word talked about and a scare quote have no speaker', () => {
    const r = analyze(
      'The documentary “Rivers of Salt” premiered on Friday.',
      'The word "resilience" appears 40 times in the report.',
      'The so-called "temporary" camp has stood for a decade.',
    );
    expect(r.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker)).toEqual([null, null, null]);
    expect(r.people).toEqual([]);
  });

  it('a one-word scare quote does not inherit the last speaker', () => {
    const r = analyze('Trader Ali Sen said prices were stable.', 'Dealers call the market "sleepy" this time of year.');
    expect(speakerOf(r, 'sleepy')).not.toBe('Ali Sen');
  });

  it('an article with no quotes at all has no quotes and no people', () => {
    const r = analyze('The museum opens at nine.', 'Tickets cost five euros and children go free.');
    expect(r).toEqual({ people: [], quotes: [] });
  });
});

describe('direct and partial', () => {
  it("a quoted sentence is direct, a few quoted words inside the writer's sentence are partial", () => {
    const r = analyze('Coach Pia Laine called the defeat "a wake-up call" for the squad. "We were not ready," she said.');
    expect(r.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.kind)).toEqual(['partial', 'direct']);
  });

  it('square-bracket insertions stay inside the quote', () => {
    const r = analyze('"[T]he plan is dead," said Senator Ola Dahl.');
    expect(quoted(r)).toEqual([['[T]he plan is dead,', 'Ola Dahl']]);
  });
});

describe('a speaker label on a line of its own (round twelve)', () => {
  it('"Our chief reporter Ann Roe:" labels the quoted paragraphs under it', () => {
    const r = analyze(
      'The club confirmed the signing on Tuesday.',
      'Our chief reporter Tamsin Ledbury:',
      '"They have been tracking him for months, and there was real frustration when the first bids failed.',
      '"What changed this week is that the sellers finally took the offer."',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Tamsin Ledbury', 'Tamsin Ledbury']);
  });
});
