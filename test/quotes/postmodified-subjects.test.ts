// Subjects with a participle phrase or a relative clause after them, set off by no commas:
// the speaker is the noun the phrase describes, never a name inside the phrase. Each case is
// written in its own words.
import { describe, expect, it } from 'vitest';
import { analyze, reported, reportedSpeakers as speakers } from './helpers.js';

describe('subjects described by what follows them', () => {
  it('a participle\'s agent ("contacted by the Gazette") is not the speaker', () => {
    expect(speakers('Breeders and rival trainers contacted by The Vellmark Gazette said the colt would be sold.')).toEqual([
      'Breeders and rival trainers contacted by The Vellmark Gazette',
    ]);
  });

  it('a name in a place phrase and a participle after it ("at jails run by X") leaves the group the speaker', () => {
    expect(speakers('Porters at rural depots run by Ostrava Freight said they had not been paid.')).toEqual(['Porters at rural depots run by Ostrava Freight']);
  });

  it('a plural for people opening a sentence is a description with its place, not a name with a role', () => {
    const r = analyze('Weavers at a mill near Tolvany said the looms had stopped twice.');
    expect(r.people.map((p) => [p.name, p.role, p.type])).toEqual([['Weavers at a mill near Tolvany', null, 'group']]);
  });

  it('a "that" clause with an object ("that filed a brief") describes the group before it', () => {
    expect(speakers('A coalition of ferry operators that filed a brief said the levy would ruin them.')).toEqual([
      'coalition of ferry operators that filed a brief',
    ]);
  });

  it('"a plan that officials said …" keeps the officials as the speakers', () => {
    expect(speakers('The board voted on a plan that officials said would halve the queues.')).toEqual(['officials']);
  });

  it('a document described by how it spread ("circulating on …") speaks for itself', () => {
    expect(speakers('A notice circulating on messaging apps on Friday said the market would close.')).toEqual(['notice']);
  });

  it('a briefing described by who it was prepared for is a document, not that person', () => {
    const r = analyze('But a briefing prepared for the harbour minister in June said the pier would not reopen.');
    expect(reported(r).map(([s]) => s)).toEqual(['briefing']);
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['briefing', 'document']]);
  });

  it('"people briefed on …" are spoken to: "briefed" is no verb of theirs', () => {
    expect(speakers('Two people briefed on the merger talks said a deal was close.')).toEqual(['Two people briefed on the merger talks']);
  });
});

describe('a plural noun before the verb of saying', () => {
  it('"the trade talks said": the -s form before "said" is a noun, the end of the subject', () => {
    expect(speakers('Two officials close to the trade talks said the tariff would be halved.')).toEqual(['Two officials close to the trade talks']);
  });
});
