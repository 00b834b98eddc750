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
    const r = analyze(
      'Paint maker Orvella said it had moved its night shift to another plant.',
      '"Deliveries go on as planned," a company spokesperson said.',
    );
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
    const forum = analyze(
      'The Ministry of Defence said the drills were routine.',
      'Navy officials at the trade fair said they expected more orders.',
    );
    expect(forum.people.map((p) => p.name)).toEqual(['Ministry of Defence', 'Navy officials at the trade fair']);
  });
});
