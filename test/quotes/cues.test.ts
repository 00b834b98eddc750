// One case per cue form: the speaker is named on either side of the quote.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported, speakerOf } from './helpers.js';

describe('cues beside a quote', () => {
  it('"…," X said', () => {
    expect(speakerOf(analyze('"The bridge will reopen in May," Maria Lindqvist said.'), 'bridge')).toBe('Maria Lindqvist');
  });

  it('X said, "…"', () => {
    expect(speakerOf(analyze('Harbour master Piet Claes said, "No ship leaves tonight."'), 'No ship')).toBe('Piet Claes');
  });

  it('"…," said X, with a description after the name', () => {
    const r = analyze('"Prices will fall by autumn," said Oskar Brand, an economist at Nordbank.');
    expect(speakerOf(r, 'Prices')).toBe('Oskar Brand');
    expect(r.people[0].role).toBe('economist at Nordbank');
  });

  it('X said: "…"', () => {
    expect(speakerOf(analyze('The head teacher, Ruth Okoye, said: "Every child will get a laptop."'), 'laptop')).toBe('Ruth Okoye');
  });

  it('X told reporters and X added, around a quote', () => {
    const r = analyze('"We are not leaving," Mayor Ines Duarte told reporters. "This is our town," she added.');
    expect(quoted(r)).toEqual([
      ['We are not leaving,', 'Ines Duarte'],
      ['This is our town,', 'Ines Duarte'],
    ]);
  });

  it('according to X, "…"', () => {
    expect(speakerOf(analyze('According to Tomas Varga, "the money was never there."'), 'money')).toBe('Tomas Varga');
  });

  it('"…" – X, and a dash line under a block quote', () => {
    expect(speakerOf(analyze('“The lights went out at nine.” – Orla Byrne, night nurse'), 'lights')).toBe('Orla Byrne');
    const r = analyze('Keep the doors shut and wait for the crew. Do not use the lift.', '– Fire service notice');
    expect(speakerOf(r, 'Keep the doors')).toBe('Fire service notice');
  });

  it('a quote split around its cue', () => {
    const r = analyze('"The trouble," Anton Weiss said, "is that nobody reads the manual."');
    expect(quoted(r)).toEqual([
      ['The trouble,', 'Anton Weiss'],
      ['is that nobody reads the manual.', 'Anton Weiss'],
    ]);
  });

  it('a speaker label before a colon', () => {
    expect(speakerOf(analyze('Councillor Maeve Doyle: “We will fight this closure.”'), 'fight')).toBe('Maeve Doyle');
  });

  it('a partial quote takes the verb of its clause', () => {
    const r = analyze('Karin Holm praised the "quiet courage" of the volunteers.');
    expect(speakerOf(r, 'quiet courage', 'partial')).toBe('Karin Holm');
  });

  it('the agent of a passive: described as "…" by X', () => {
    expect(speakerOf(analyze('The plan, described as "reckless" by the auditors, was dropped.'), 'reckless')).toBe('auditors');
  });

  it('a possessor whose words they are: X\'s "…" slogan', () => {
    expect(speakerOf(analyze('But the party\'s "homes for all" slogan has lost its shine.'), 'homes for all')).toBe('party');
  });

  it('a wide list of verbs: wrote, tweeted, insisted, acknowledged', () => {
    const r = analyze(
      'The band wrote on Instagram: “Thank you for ten great years.”',
      '"We did nothing wrong," Leon Park insisted.',
      '"Mistakes were made," the director acknowledged.',
    );
    expect(quoted(r).map(([, s]) => s)).toEqual(['band', 'Leon Park', 'director']);
  });
});

describe('which speech verb a partial quote belongs to', () => {
  it("the sentence's own speaker, not someone inside what they report", () => {
    const r = analyze('The mayor, Lina Ortiz, said the city would ask the ministry to act "without any more excuses".');
    expect(speakerOf(r, 'without any more excuses')).toBe('Lina Ortiz');
  });

  it('the verb right before the quote when it governs it', () => {
    const r = analyze('According to the indictment, one of the traders referred to the bribes as "gifts".');
    expect(speakerOf(r, 'gifts', 'partial')).toBe('one of the traders');
  });

  it("a quoted title or nickname is nobody's words, even beside a verb of saying", () => {
    const r = analyze('The studio said the series "Cold Harbour" would return. Fans call the lead actor "the Colonel".');
    expect(r.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('subjects behind descriptions and asides', () => {
  it('a name, an age and a description before the verb', () => {
    expect(speakerOf(analyze('Omar Haddad, 52, a taxi driver from Tripoli, said "nobody listens to us".'), 'nobody')).toBe('Omar Haddad');
  });

  it('a description, then an aside, then the verb', () => {
    const r = analyze('Dr Ines Varga, a lecturer in law at Danube University, however, argued that the ruling was sound.');
    expect(r.quotes[0].speaker).toBe('Ines Varga');
  });

  it('a relative clause with commas inside it', () => {
    const r = analyze('Kemal Aydin, who calls the plant his second home, the place he grew up, says he will miss it.');
    expect(r.quotes[0].speaker).toBe('Kemal Aydin');
  });

  it('a titled name at the end of a long description', () => {
    const r = analyze('Chair of the Harbour Traders’ Association Maria Lopes said the levy was unfair.');
    expect(r.people[0]).toMatchObject({ name: 'Maria Lopes', role: 'Chair of the Harbour Traders’ Association' });
  });

  it('a described speaker with a place after it', () => {
    const r = analyze('The dockers’ union at the container terminal in Port Elira warned that strikes would follow.');
    expect(r.people[0].name).toBe('dockers’ union at the container terminal in Port Elira');
  });

  it('a lower-case title, its body, then the name: the named person speaks', () => {
    const r = analyze('Outside the court, chairman of the Lakeside Fishers Cooperative Tomasz Wrona stated that the catch had halved.');
    expect(reported(r)).toEqual([['Tomasz Wrona', 'the catch had halved']]);
    expect(r.people[0].role).toBe('chairman of the Lakeside Fishers Cooperative');
  });

  it('an unnamed official keeps where they work as part of the description', () => {
    const r = analyze('An engineer at the water board, who was not authorised to speak, said the pipes were sound. "We checked twice," the engineer said.');
    expect(r.people.map((p) => p.name)).toEqual(['engineer at the water board']);
  });

  it('a capitalised word opening the sentence before a place is not the speaker', () => {
    const r = analyze('Down at the harbour, a fisherman named Kovac, 70, who has sailed since 1972, said the season was the worst he remembered.');
    expect(reported(r).map(([s]) => s)).toEqual(['Kovac']);
    const inTown = analyze('Back in the valley, a farmer, 58, said the harvest had halved.');
    expect(reported(inTown).map(([s]) => s)).toEqual(['farmer']);
  });

  it("a title set off by commas after the kind of work is nobody's words", () => {
    const r = analyze('The studio said the series, "Harbour Lights", which aired in May, had broken no rules.');
    expect(quoted(r)).toEqual([['Harbour Lights', null]]);
  });
});

describe('a described speaker the lists lack, after the quote', () => {
  it('"…?" one courier wrote: an article, a noun and a plain verb of saying name the speaker', () => {
    const r = analyze('“Is anyone checking the vans before they go out?” one courier wrote in a group chat.');
    expect(quoted(r)).toEqual([['Is anyone checking the vans before they go out?', 'courier']]);
  });
});

describe('the listener before a zero-that clause (round twelve)', () => {
  const reported = (r: ReturnType<typeof analyze>): string[] => r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);

  it('"told reporters the X had …": the article opens what was said', () => {
    expect(reported(analyze('Mayor Ines Quarrie told reporters the night buses had lost money for years.'))).toEqual([
      'the night buses had lost money for years',
    ]);
  });

  it('"told Radio Kestrel the X had …": a name’s phrase ends before the article', () => {
    const r = analyze('Ines Quarrie told Radio Kestrel the night buses had “lost money for years” and that the fares would rise.');
    expect(reported(r)).toEqual(['the night buses had “lost money for years” and that the fares would rise']);
  });

  it('a zero-that clause with an irregular past: "claimed the gulls came from …"', () => {
    expect(reported(analyze('Ines Quarrie claimed the gulls came from the landfill.'))).toEqual(['the gulls came from the landfill']);
  });
});

describe('what a report says (round twelve, part two)', () => {
  const reported = (r: ReturnType<typeof analyze>): [string | null, string][] => r.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);

  it('"The firm that serviced it, X Ltd, said in a reply filed before the court that …"', () => {
    const r = analyze('The firm that last serviced the crane, Hobart Lifting Ltd, said in a reply filed before the court that it had no contract after 2022.');
    expect(reported(r)).toEqual([['Hobart Lifting Ltd', 'it had no contract after 2022']]);
  });

  it('a zero-that clause with an adverb before its verb: "said at least 300 families still depend on …"', () => {
    const r = analyze('Its chairperson, Lerato Mabuza, said at least 300 families still depend on the lagoon for food.');
    expect(reported(r)).toEqual([['Lerato Mabuza', 'at least 300 families still depend on the lagoon for food']]);
  });
});

describe('an infinitive that was said (round twelve)', () => {
  it('"X later rose to say she had …" is a statement made; "wants to say" is not', () => {
    const said = analyze('Ms Ines Quarrie later rose to say she had “no quarrel with the figures”, but that the drivers had a simpler question.');
    expect(said.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual(['Ines Quarrie']);
    expect(analyze('Ines Quarrie wants to say that the drivers had a simpler question.').quotes).toEqual([]);
  });
});
