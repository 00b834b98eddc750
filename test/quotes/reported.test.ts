// Reported speech: a speech verb and what was said, with no quote marks.
import { describe, expect, it } from 'vitest';
import { analyze, reported, speakerOf } from './helpers.js';

describe('reported speech', () => {
  it('X said Thursday there …', () => {
    expect(reported(analyze('Fire chief Lars Berg said Thursday there was no sign of arson.'))).toEqual([['Lars Berg', 'there was no sign of arson']]);
  });

  it('X told reporters Thursday that …', () => {
    expect(reported(analyze('Port spokesperson Ana Silva told reporters Thursday that two cranes had failed.'))).toEqual([
      ['Ana Silva', 'two cranes had failed'],
    ]);
  });

  it('…, according to a statement', () => {
    expect(reported(analyze('The plant will close in March, according to a company statement.'))).toEqual([
      ['company statement', 'The plant will close in March'],
    ]);
  });

  it('X added that …, and a pronoun for the same person', () => {
    const r = analyze('Nora Quist, a historian, said the archive was unique. She added that it must be digitised.');
    expect(reported(r)).toEqual([
      ['Nora Quist', 'the archive was unique'],
      ['Nora Quist', 'it must be digitised'],
    ]);
  });

  it('a cue that closes the clause: …, the official said', () => {
    expect(reported(analyze('Talks will resume next week, the official said.'))).toEqual([['official', 'Talks will resume next week']]);
  });

  it('a verb with an object as its content: denied, cited, urged', () => {
    const r = analyze('The bank has denied wrongdoing. Regulators cited weak controls. Campaigners urged a full inquiry.');
    expect(reported(r).map(([s]) => s)).toEqual(['bank', 'Regulators', 'Campaigners']);
  });

  it('a plan or an act is not a statement', () => {
    const r = analyze(
      'The city announced plans to widen the road.',
      'The firm declined to comment and the union did not respond to a request for comment.',
      'Officials are ready to talk to the strikers.',
    );
    expect(reported(r)).toEqual([]);
  });

  it('how a source spoke is not what they said', () => {
    const r = analyze('A senior diplomat, who asked not to be named, said the envoy had resigned.');
    expect(reported(r)).toEqual([['senior diplomat', 'the envoy had resigned']]);
  });

  it('a subject before a "who" clause set off by no commas', () => {
    const r = analyze('A port official who spoke on condition of anonymity said the cranes had been idle for weeks.');
    expect(reported(r)).toEqual([['port official', 'the cranes had been idle for weeks']]);
    // The verb of the clause itself has no speaker there.
    expect(reported(analyze('The driver who said he saw the crash has left the city.'))).toEqual([]);
  });

  it('according to a document released (on a day) by X: X is the source', () => {
    const r = analyze('Ferry crossings fell by a third last year, according to figures published on Thursday by the Harbour Board.');
    expect(reported(r)).toEqual([['Harbour Board', 'Ferry crossings fell by a third last year']]);
  });

  it('according to its own report: the body the sentence is about', () => {
    const r = analyze(
      'Geologist Ana Brix of the National Institute of Seismology said the quake was shallow.',
      'The institute expects more aftershocks this week, according to its daily bulletin.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Ana Brix', 'National Institute of Seismology']);
  });

  it('a cue set inside a clause after a quote reports the rest of the clause', () => {
    const r = analyze('"The lifts work," Ines Moreau told the paper, standing in a lobby where, she said, half the flats are empty.');
    expect(reported(r)).toEqual([['Ines Moreau', 'half the flats are empty']]);
  });

  it("a verb that introduces a quote after an aside is the quote's cue, not a report", () => {
    const r = analyze('Chief engineer Rui Sato said, in a memo seen by the paper, "the dam is safe for now."');
    expect(reported(r)).toEqual([]);
    expect(speakerOf(r, 'dam is safe')).toBe('Rui Sato');
  });

  it('a statement named before its speaker: "…, claims both X and Y denied"', () => {
    const r = analyze('Analysts said the port deal hid a loan, claims both Norvik Shipping Group and Castell Bank firmly denied.');
    // The two who deny it deny it together: one statement, two speakers.
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speakers, q.text])).toEqual([
      [['Norvik Shipping Group', 'Castell Bank'], 'Analysts said the port deal hid a loan'],
      [['Analysts'], 'the port deal hid a loan'],
    ]);
    const single = analyze('Drivers accused Hallam Freight of skipping checks, a charge the company rejected.');
    expect(reported(single)).toEqual([
      ['Hallam Freight', 'Drivers accused Hallam Freight of skipping checks'],
      ['Drivers', 'Hallam Freight of skipping checks'],
    ]);
  });

  it('"both of them say": each of the two people just named', () => {
    const r = analyze('Oskar Lind and Maja Berg ran the lab for a decade.', 'The work, both of them say, was never finished.');
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speakers)).toEqual([['Oskar Lind', 'Maja Berg']]);
  });

  it('where someone spoke is not what they said', () => {
    const r = analyze('Several parents spoke at the meeting. The mayor testified before the committee on Friday.');
    expect(reported(r)).toEqual([]);
    // A clause after the place still is.
    expect(reported(analyze('The ministry said on Monday that the bridge would reopen.'))).toEqual([['ministry', 'the bridge would reopen']]);
  });

  it('a document issued by X, with the clause it covers: X is the source', () => {
    const r = analyze('Landlords must register every flat by March, under new rules published by the Housing Authority last week.');
    expect(reported(r)).toEqual([['Housing Authority', 'Landlords must register every flat by March']]);
    expect(analyze('According to court records, the loans were never repaid.').people.map((p) => p.name)).toEqual(['court records']);
  });

  it('a comparison is a claim: "comparing it to …"', () => {
    const r = analyze('Premier Ona Vik called the tunnel "a gift to the north", comparing it to the railway her grandfather built.');
    expect(reported(r)).toEqual([['Ona Vik', 'it to the railway her grandfather built']]);
  });

  it('what someone claimed, closing the clause, is a thing claimed, not a claim', () => {
    const r = analyze('The footage did not show what the report claimed.');
    expect(reported(r)).toEqual([]);
    // With its own content it is still a claim.
    expect(reported(analyze('The army moved what Captain Eli Roth said were 40 tanks to the border.'))).toEqual([['Eli Roth', 'were 40 tanks to the border']]);
  });

  it('a credit line is not speech', () => {
    expect(reported(analyze('Jo Marsh reported on this story from Lagos. Sam Ito contributed to this report.'))).toEqual([]);
  });

  it('the cue of a direct quote is not also a report', () => {
    expect(reported(analyze('"The harvest is lost," farmer Ali Demir said.'))).toEqual([]);
  });
});

describe('reported speech of groups and of verbs with a word before them', () => {
  it('"Charities say …" (bodies spoken of together) and "Geologists have long argued that …"', () => {
    const r = analyze('Charities say the new rules will cost them volunteers.', 'Geologists have long argued that the cliffs are unstable.');
    expect(reported(r).map(([s]) => s)).toEqual(['Charities', 'Geologists']);
  });
});

describe('where the reported words start', () => {
  it('after a programme named in quote marks, and after a day that follows the listener', () => {
    const r = analyze(
      'Ilsa Brand said on “Morning Desk” that the merger would close in June.',
      'Ilsa Brand wrote in a memo to staff Monday that the office would move.',
    );
    expect(reported(r)).toEqual([
      ['Ilsa Brand', 'the merger would close in June'],
      ['Ilsa Brand', 'the office would move'],
    ]);
  });
});

describe('a cue after the reported words, with its medium', () => {
  it('"…, the ombudsman says in a report released Monday."', () => {
    const r = analyze('The council ignored forty complaints about the tip, the ombudsman says in a report released Monday.');
    expect(reported(r)).toEqual([['ombudsman', 'The council ignored forty complaints about the tip']]);
  });
});
