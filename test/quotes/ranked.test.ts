// The fitted choices of the attribution stage, on sentences written for these
// tests: who a pronoun stands for, and who speaks a quote with no cue.
import { describe, expect, it } from 'vitest';
import { analyze, speakerOf } from './helpers.js';

describe('a pronoun stands for the subject of the clause that introduced a person', () => {
  it('a new subject who does not speak is still who "she" is, not the last speaker', () => {
    const r = analyze(
      'Minister Omar Diallo said the talks had been hard. "It took three nights," he said.',
      'Lisa Park welcomed the agreement. "Common sense has prevailed," she said.',
    );
    expect(speakerOf(r, 'Common sense')).toBe('Lisa Park');
    expect(r.people.map((p) => p.name)).toContain('Lisa Park');
  });

  it('"he" skips a woman named between, and a title before the name keeps its subject', () => {
    const r = analyze(
      'Harbour board chair Kenji Adebayo met the port director, Ruth Salazar, on Friday.',
      '"Nobody is leaving this table until the cranes move," he said.',
    );
    expect(speakerOf(r, 'Nobody is leaving')).toBe('Kenji Adebayo');
  });

  it('a verb that is not one of speech still makes its subject the one "he" means', () => {
    const r = analyze('Coach Darius Venn praised the defence but worried about the goalkeeper. "We cannot keep giving away corners," he said.');
    expect(speakerOf(r, 'giving away corners')).toBe('Darius Venn');
  });
});

describe('a quote with no cue', () => {
  it('goes on with the speaker of the sentence before in its paragraph', () => {
    const r = analyze('"We were lucky," Lund said. "Very lucky."');
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Lund'],
      ['direct', 'Lund'],
    ]);
  });

  it('opening a paragraph, goes to the last speaker of the paragraph before', () => {
    const r = analyze('"The roof went first," said resident Amal Haddad.', '"Then the windows. Then everything."');
    expect(speakerOf(r, 'Then the windows')).toBe('Amal Haddad');
  });

  it('after a paragraph about someone who does not speak, goes to that person', () => {
    const r = analyze(
      'Farmer Josefa Quint walked the flooded field again on Tuesday, counting the rows she had lost.',
      '"Eleven years of work, and the river took it in a night."',
    );
    expect(speakerOf(r, 'Eleven years')).toBe('Josefa Quint');
  });
});

describe('speakers who speak together', () => {
  it('"A and B said in a joint statement": both are credited, and "the two" later means them', () => {
    const r = analyze(
      'Mayors Ana Ferreira and Tomas Klein said in a joint statement that the tram line would be "finished on time".',
      '"Residents have waited long enough," the two mayors said.',
    );
    const joint = ['Ana Ferreira', 'Tomas Klein'];
    expect(r.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speakers)).toEqual([joint, joint]);
    expect(r.people.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(joint);
    expect(r.people.find((p) => p.name === 'Tomas Klein')).toMatchObject({ quotes: 1, reported: 1 });
  });

  it('"the two companies" are the two bodies just named', () => {
    const r = analyze('Vela Motors and Ostrom Steel announced a merger. The two companies said they expect approval by June.');
    expect(r.quotes.find((q) => q.kind === 'indirect')?.speakers).toEqual(['Vela Motors', 'Ostrom Steel']);
  });

  it('one body whose name holds "and" stays one speaker', () => {
    const r = analyze('The Department of Transport and Infrastructure said the bridge would reopen on Monday.');
    expect(r.quotes[0].speakers).toEqual(['Department of Transport and Infrastructure']);
  });
});

describe('who a name or a description is', () => {
  it('a bare surname two people share goes to the one who has spoken, when the other never has', () => {
    const r = analyze(
      'Rosa Delgado, a retired baker, waited nine hours for a bed.',
      'Her son, Mateo Delgado, told the station the ward had run out of blankets.',
      '"Nobody could tell us anything," Mr Delgado said.',
    );
    expect(r.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Mateo Delgado');
  });

  it('a first name alone with an age and a description is a person, not the place in the description', () => {
    const r = analyze('Ingrid, 74, a retired ferry pilot on Vesteroy, keeps her savings in a biscuit tin.', '"A card cannot feel empty," she said.');
    expect(speakerOf(r, 'A card cannot')).toBe('Ingrid');
  });

  it('a group spoken of in general is not the group named before with its firm', () => {
    const r = analyze('Analysts at Harlow Capital said the cut was priced in.', 'Some analysts said the decision changed little.');
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual(['Analysts at Harlow Capital', 'analysts']);
  });

  it('a plus glued to a name is part of it, and a position before a name is a title', () => {
    const r = analyze('G20+ said in a statement that talks would resume.', 'Forward Dara Okoye said the team had let the lead slip.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['G20+', 'Dara Okoye']);
  });
});

describe('an unnamed speaker named again by a plain noun', () => {
  it('"One Republican … said" then "the lawmaker said": the same unnamed person, not a body', () => {
    const r = analyze(
      'The Harbour Caucus circulated a memo on Wednesday.',
      'One Senate Democrat, granted anonymity to speak freely, said the vote had been rushed.',
      '"Nobody read the amendment," the lawmaker said.',
    );
    const speaker = speakerOf(r, 'Nobody read');
    expect(speaker).toBe(r.quotes.find((q) => q.kind === 'indirect' && q.text.includes('rushed'))?.speaker);
    expect(r.people.find((p) => p.name === speaker)?.type).toBe('person');
  });
});
