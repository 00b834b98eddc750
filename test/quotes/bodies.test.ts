// Bodies that speak through someone unnamed: a spokesperson, officials, "the company".
import { describe, expect, it } from 'vitest';
import { analyze, reported, speakerOf } from './helpers.js';

describe('an unnamed voice of a body', () => {
  it('"a spokesperson for the company" is the company', () => {
    const r = analyze(
      'The depot, run by Halvard Logistics, a venture of two shipping groups, moves 900 containers a day, the company said.',
      'A spokesperson for the company said on Friday that no jobs would be cut.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Halvard Logistics', 'Halvard Logistics']);
  });

  it('"a company spokesperson" is the company a description names as one', () => {
    const r = analyze('Paint maker Orvella said it had moved its night shift to another plant.', '"Deliveries go on as planned," a company spokesperson said.');
    expect(speakerOf(r, 'Deliveries')).toBe('Orvella');
  });

  it('a spokesperson with no body named speaks for the body that has just spoken', () => {
    const r = analyze(
      'In a statement, Coastal Water Services said the boil notice would stay in place.',
      '"We are testing every four hours," a spokesperson wrote.',
    );
    expect(speakerOf(r, 'testing every')).toBe('Coastal Water Services');
  });

  it('officials of a kind already speaking are that body; officials at an event are not', () => {
    const r = analyze('The district said the buses would run late. Funding was cut again, district officials said.');
    expect(r.people.map((p) => p.name)).toEqual(['district']);
    const forum = analyze('The Ministry of Defence said the drills were routine.', 'Navy officials at the trade fair said they expected more orders.');
    expect(forum.people.map((p) => p.name)).toEqual(['Ministry of Defence', 'Navy officials at the trade fair']);
  });
});

describe('a body named again by what it does', () => {
  it('"the regulator" can be the central bank named before', () => {
    const r = analyze('The Bank of Lusaka raised its rate on Monday.', 'In a notice, the regulator said lenders had ten days to comply.');
    expect(r.people.map((p) => p.name)).toEqual(['Bank of Lusaka']);
  });

  it('"the government" is the country that has just spoken; "the prefecture" its prefectural government', () => {
    const r = analyze('Peru has blamed illegal mining for the floods, and the government has said it will close the pits.');
    expect(r.people.map((p) => p.name)).toEqual(['Peru']);
    const pref = analyze('Figures released by the Nagano Prefectural Government show a drop.', 'The prefecture said the drop was temporary.');
    expect(pref.people.map((p) => p.name)).toEqual(['Nagano Prefectural Government']);
  });

  it('"the institute" is the institute named before', () => {
    const r = analyze('Nora Pike of the Coastal Research Institute studied the reef.', 'The institute said the coral was recovering.');
    expect(r.people.map((p) => p.name)).toEqual(['Coastal Research Institute']);
  });
});

describe('the whole name of a body', () => {
  it('keeps a list inside the name: "Ministry of X, Y and Z", "X, Y and Z Bureau"', () => {
    const r = analyze(
      'A spokesman for the Ministry of Mines, Water and Forests said the permits were valid.',
      'The Parks, Sport and Leisure Board said the pool would reopen in May.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Ministry of Mines, Water and Forests', 'Parks, Sport and Leisure Board']);
  });

  it('keeps "and" after "Ministry of": one body, not two', () => {
    const r = analyze('Figures from the Department of Rail Safety and Signal Works show 40 faults.', 'The department said it would publish a full list.');
    expect(r.people.map((p) => p.name)).toEqual(['Department of Rail Safety and Signal Works']);
  });

  it("keeps an office's possessive: the Auditor's Office, not a possessor and an office", () => {
    const r = analyze("In a report, the State Auditor's Office for the Northern Region said the accounts were late.");
    expect(r.people.map((p) => p.name)).toEqual(["State Auditor's Office for the Northern Region"]);
    // A place that owns a body stays its description.
    const owned = analyze("Norway's Fisheries Directorate said quotas would fall.");
    expect(owned.people.map((p) => [p.name, p.role])).toEqual([['Fisheries Directorate', "Norway's"]]);
  });

  it('two people joined by "and" stay a pair', () => {
    expect(reported(analyze('Okonkwo and Lindqvist said they would appeal.')).map(([s]) => s)).toEqual(['Okonkwo and Lindqvist']);
  });
});

describe('a company described after it was named', () => {
  it('"the Danish shipping group", "the Tokyo-based firm": the company named before', () => {
    const r = analyze('Brantholm said on Tuesday it would cut 900 jobs.', 'The Danish shipping group said the cuts would save $40 million a year.');
    expect(reported(r).map(([s]) => s)).toEqual(['Brantholm', 'Brantholm']);
    const t = analyze('Quillon said it had sold its printer arm.', 'The Tokyo-based firm said the sale would close in June.');
    expect(t.people.map((p) => p.name)).toEqual(['Quillon']);
  });

  it('"the German lender", "the carmaker": a trade word or a "-maker" head', () => {
    const r = analyze('Orrin Credit said profits rose by a third.', 'The German lender said it expected rates to stay high.');
    expect(r.people.map((p) => p.name)).toEqual(['Orrin Credit']);
    const c = analyze('Velmora said its sales had slowed.', 'The carmaker said demand in Europe had fallen by a fifth.');
    expect(reported(c).map(([s]) => s)).toEqual(['Velmora', 'Velmora']);
  });

  it('a description that is not of a trade stays its own speaker', () => {
    const r = analyze('Brantholm said on Tuesday it would cut 900 jobs.', 'The rights group said the cuts broke a promise to workers.');
    expect(reported(r).map(([s]) => s)).toEqual(['Brantholm', 'rights group']);
    // With no company before it, the description is the speaker: not its own place word read as a body.
    const alone = analyze('Memory chip prices rose in May.', 'The Osaka-based chipmaker said demand had recovered.');
    expect(alone.people.map((p) => p.name)).toEqual(['Osaka-based chipmaker']);
  });
});

describe('a body named for what it supplies (round twelve)', () => {
  it('"Tarnside Water said …; the utility said …": one body', () => {
    const r = analyze('Tarnside Water said in a statement that bills would rise.', 'The utility said it had already cut its staff.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['Tarnside Water', 'organisation']]);
  });
});
