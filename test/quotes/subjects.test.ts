// Who the subject of a speech verb is, in shapes met on news from outside the
// development sets. Each case is written in its own words.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported } from './helpers.js';

describe('subjects of speech', () => {
  it('a name inside a relative clause ("who talked to the Ledger") is not the subject', () => {
    const r = analyze('Commuters who talked to the Harbour Ledger said the new toll was too steep.');
    expect(reported(r).map(([s]) => s)).toEqual(['Commuters who talked to the Harbour Ledger']);
  });

  it('a one-word speaker noun keeps its who-clause as its name', () => {
    const r = analyze('Residents who queued outside the depot said the buses had never come on time.');
    expect(reported(r).map(([s]) => s)).toEqual(['Residents who queued outside the depot']);
  });

  it('an age description names again the subject just met, not an earlier person with a role', () => {
    const r = analyze(
      'Referee Mark Hill stopped the game in the second half.',
      'Zorvik Oyelaran, known to fans as the Wall, sat up after ten minutes and waved to the stand.',
      '“I only remember the noise,” the 31-year-old said.',
    );
    expect(quoted(r)).toEqual([['I only remember the noise,', 'Zorvik Oyelaran']]);
  });

  it('an en dash glued between two names joins one compound name', () => {
    const r = analyze('Brenner–Castell, the merged chipmaker, said profits would double.');
    expect(reported(r).map(([s]) => s)).toEqual(['Brenner–Castell']);
  });

  it('a party tag with a home town ("(D-San Antonio)") is not part of the name', () => {
    const r = analyze('State Rep. Dana Whitcomb (D-San Antonio) said the bill would pass by May.');
    expect(reported(r).map(([s]) => s)).toEqual(['Dana Whitcomb']);
  });
});

describe('titles and names set off by commas (round thirteen)', () => {
  it('"The Chairman, <body>, <name>, said": the name after a bare title and its body speaks', () => {
    const r = analyze('The Chairman, Ketterby Residents Association, Olumide Farrant-Ajayi, said the gutters had been blocked since June.');
    expect(reported(r).map(([s]) => s)).toEqual(['Olumide Farrant-Ajayi']);
  });

  it('an adverb set off before the title ("Also, the Director-General, …") changes nothing', () => {
    const r = analyze('Also, the Director-General, Ketterby Flood Agency, Tunde Abiola-Marsh, said the agency had warned residents.');
    expect(reported(r).map(([s]) => s)).toEqual(['Tunde Abiola-Marsh']);
  });

  it('"Two state lawmakers, Reps. A and B, said": a count, a noun-like verb form and a plural title before two names', () => {
    const r = analyze('Two state lawmakers, Reps. Orla Quennby and Brisa Tallow, said the audit was overdue.');
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speakers)).toEqual([['Orla Quennby', 'Brisa Tallow']]);
  });
});

describe('phrases that look like speakers and are not', () => {
  it('"the 24-year-old from Tralee" is the person just named, not the place', () => {
    const r = analyze(
      'The youngest starter, Ronan Keegh, scored twice. The 24-year-old from Tralee conceded he had been “lucky with the bounce” on the second goal.',
    );
    expect(quoted(r)).toEqual([['lucky with the bounce', 'Ronan Keegh']]);
    expect(reported(r).map(([s]) => s)).toEqual(['Ronan Keegh']);
  });

  it('a name the text calls "a logistics company" is a body, and "the company" is it again', () => {
    const r = analyze(
      'Ostrava Haulage, a Brno-based trucking company that runs 300 lorries, said it would fit limiters. A spokesperson for the company said it was “fully behind” the plan.',
    );
    expect(quoted(r)).toEqual([['fully behind', 'Ostrava Haulage']]);
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['Ostrava Haulage', 'organisation']]);
  });

  it('a party tag between commas ("D-Lakeport") is not the antecedent of "who"', () => {
    const r = analyze('The push is led by Rep. Dana Whitcomb, D-Lakeport, who has argued that the utility already has the money it needs.');
    expect(reported(r).map(([s]) => s)).toEqual(['Dana Whitcomb']);
  });

  it('"the original claims" before a quote is a noun phrase, not a speaker and a verb', () => {
    const r = analyze('The agency said it was assessing the late invoices and the original claims “under the terms of the deal.”');
    expect(quoted(r)).toEqual([['under the terms of the deal.', 'agency']]);
  });

  it('a measure opening a sentence ("Turnover will fall …, the firm said") is what is reported, not who speaks', () => {
    const r = analyze(
      'Pellmoor Textiles cut its outlook on Tuesday. Turnover will shrink by a fifth this year, the firm said. “We are not closing a single mill,” it said.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Pellmoor Textiles']);
    expect(quoted(r)).toEqual([['We are not closing a single mill,', 'Pellmoor Textiles']]);
    expect(r.people.map((p) => p.name)).toEqual(['Pellmoor Textiles']);
  });
});

describe('descriptions and names set off by commas', () => {
  it('"Her accountant, Name, said": a short description and a name between commas, whatever the noun', () => {
    const r = analyze('Her accountant, Priyamvada Oduya, said the returns had been filed on time.');
    expect(reported(r).map(([s]) => s)).toEqual(['Priyamvada Oduya']);
  });

  it('nouns for people the lists lacked: a solicitor, advocates, a person familiar with …', () => {
    const r = analyze(
      'The solicitor, Ewan Threlkeld, said the appeal would be lodged within a week.',
      'Patient advocates say the new charges fall hardest on pensioners.',
      'A person familiar with the case said the offer had been turned down.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Ewan Threlkeld', 'Patient advocates', 'person familiar with the case']);
  });

  it('an ordinal belongs to its place: "a shop owner on 42nd Street" is a described person, not "Street"', () => {
    const r = analyze('One shop owner on 42nd Street, who asked that his name not be used, said trade had halved since the closure.');
    expect(reported(r).map(([s]) => s)).toEqual(['shop owner on 42nd Street']);
  });
});

describe('a verb after "and" that follows a "that" clause', () => {
  it('"X wrote that A and B were … and asked …": the second verb is X\'s too', () => {
    const r = analyze('The mayor wrote that the fire crews and the police were “doing all they can” and urged residents to “stay well away.”');
    expect(quoted(r)).toEqual([
      ['doing all they can', 'mayor'],
      ['stay well away.', 'mayor'],
    ]);
  });
});

describe('a name with an apposition, then a verb that does not sit next to it', () => {
  it('"X, a description, went further, accusing …" and "…, but warned …": the name speaks, not its apposition', () => {
    const r = analyze(
      'Odile Brassac, general secretary of the FTU, went further, accusing the board of “selling the pensions twice,” a charge it denies.',
      'Tamsin Orr, a lecturer at the Brennard Institute, agreed that the fund was short, but warned against cutting benefits.',
    );
    expect(quoted(r)).toEqual([['selling the pensions twice,', 'Odile Brassac']]);
    expect(reported(r).map(([s]) => s)).toEqual(['Odile Brassac', 'Tamsin Orr']);
    expect(r.people.map((p) => p.name)).toEqual(['Odile Brassac', 'Tamsin Orr']);
  });
});

describe('"said the company" after a named subject', () => {
  it('"Its chief, Name, said the firm "…"": the name speaks; the firm opens what was said', () => {
    const r = analyze('Harrowgate’s finance director, Wen Ashby, said the firm “had no choice at all” and would appeal.');
    expect(quoted(r)).toEqual([['had no choice at all', 'Wen Ashby']]);
    expect(reported(r).map(([s]) => s)).toEqual(['Wen Ashby']);
  });
});

describe('subjects set off from their verb (round twelve)', () => {
  const reportedBy = (r: ReturnType<typeof analyze>): (string | null)[] => r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);

  it('a group of a kind set off by an aside: "Ferry operators, for their part, say"', () => {
    expect(reportedBy(analyze('Ferry operators, for their part, say they would need new berths before the timetable could change.'))).toEqual([
      'Ferry operators',
    ]);
  });

  it('"…, with at least six councils arguing that": the participle’s own subject follows "with"', () => {
    const r = analyze('The levy met resistance on Monday, with at least six councils arguing that it would empty the high streets.');
    expect(reportedBy(r)).toHaveLength(1);
    expect(reportedBy(r)[0]).toMatch(/councils$/);
  });

  it('a day and a date set off after the subject: "X on Monday, June 2, defended …, saying that …"', () => {
    const r = analyze('Housing Minister Odile Brancart on Monday, June 2, defended the rent cap, saying that landlords could “absorb the cost”.');
    expect(quoted(r)).toEqual([['absorb the cost', 'Odile Brancart']]);
  });

  it('a comma inside a body’s name is not an aside: "the Department of Tides, Ports and the Coast"', () => {
    const r = analyze(
      'A senior official in the Department of Tides, Ports and the Coast, who was not allowed to speak publicly, said there was “no money left”.',
    );
    expect(quoted(r)).toEqual([['no money left', 'senior official in the Department of Tides, Ports and the Coast']]);
  });
});

describe('who speaks, beyond the word lists (round twelve)', () => {
  const reportedBy = (r: ReturnType<typeof analyze>): (string | null)[] => r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);

  it('a noun for a person by what they do is a speaker and a person: "A welder, who …, said"', () => {
    const r = analyze('A welder, who spoke on condition of anonymity because he feared losing shifts, said crews had been told to expect “a long winter.”');
    expect(quoted(r)).toEqual([['a long winter.', 'welder']]);
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['welder', 'person']]);
  });

  it('"Hundreds of X gathered …, demanding that …": a crowd of a kind', () => {
    expect(reportedBy(analyze('Hundreds of pharmacists gathered outside the ministry on Monday, demanding that the levy be scrapped.'))).toEqual([
      'pharmacists',
    ]);
  });

  it('a bracketed seat with a comma after a name: "Coun. X (Ward 3, Eastside), who …, said"', () => {
    const r = analyze('Coun. Idris Fenwick (Ward 3, Eastside), who cast the only vote against, said residents had been given “no warning at all.”');
    expect(quoted(r)).toEqual([['no warning at all.', 'Idris Fenwick']]);
  });

  it('a shared office in the plural, with the names in apposition: "the co-chairs, A and B, said"', () => {
    const r = analyze('In a joint statement, the guild’s co-chairs, Marisol Quent and Abel Voss, said members were “ready to return.”');
    expect(r.quotes.find((q) => q.kind === 'partial')?.speakers).toEqual(['Marisol Quent', 'Abel Voss']);
  });
});

describe('a group and where it lives (round twelve)', () => {
  it('"Riders and shop owners east of the Tarn say": the place belongs to the group', () => {
    const r = analyze('Riders and shop owners east of the Tarn Bridge say the closure will empty their streets.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['Riders and shop owners east of the Tarn Bridge', 'group']]);
  });
});

describe('a described speaker set off by its aside (round twelve)', () => {
  it('"The young trawlerman, who …, said" and "A diplomat following the talks, who …, said"', () => {
    expect(
      analyze('The young trawlerman, who joined the boat only in March, said he had called his sister from the quay.').quotes.map((q) => q.speaker),
    ).toEqual(['young trawlerman']);
    const r = analyze('A diplomat following the talks, who spoke on condition of anonymity, said the delegation was “under pressure”.');
    expect(quoted(r)).toEqual([['under pressure', 'diplomat following the talks']]);
    expect(r.people.map((p) => p.type)).toEqual(['person']);
  });
});

describe('an unnamed person and where they belong (round twelve)', () => {
  it('"One senior figure at a rival club, who …, said"', () => {
    const r = analyze('One senior figure at a rival club, who asked not to be named, said the ruling would “make every coach think twice”.');
    expect(quoted(r)).toEqual([['make every coach think twice', 'senior figure at a rival club']]);
  });
});

describe('an unnamed speaker after the verb, and where they work (round twelve)', () => {
  it('"…," said a nurse at the clinic / in the maternity wing who …', () => {
    expect(quoted(analyze('“We are exhausted,” said a porter at the infirmary.'))).toEqual([['We are exhausted,', 'porter at the infirmary']]);
    expect(quoted(analyze('“We do the work of surgeons,” said a nurse in the neonatal wing who did not want to be named.'))).toEqual([
      ['We do the work of surgeons,', 'nurse in the neonatal wing'],
    ]);
  });

  it('"…," said a spokesman for the ministry: the body speaks', () => {
    expect(quoted(analyze('“We will appeal,” said a spokesman for the ministry.'))).toEqual([['We will appeal,', 'ministry']]);
  });
});

describe('a dateline before the subject of a participle (round twelve)', () => {
  it('"OSAKA, Japan – X cut its forecast, citing …": X, not the dateline', () => {
    const r = analyze('KOBE, Japan – Hanamori Denki cut its profit forecast on Tuesday, citing a sharp drop in orders.');
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual(['Hanamori Denki']);
  });
});

describe('a name beside places and letters (round fourteen)', () => {
  it('"Prof A B of the University of … Prague": the name before "of" is the speaker, not the place that ends the body', () => {
    const r = analyze('“The rivers are drying early,” said co-author Prof Anselm Dworak of the Technical University of Water Studies Brno.');
    expect(quoted(r)).toEqual([['The rivers are drying early,', 'Anselm Dworak']]);
  });

  it('"A, a retired cook from <town>, who said": the clause is about the name, not the town', () => {
    const r = analyze('The appeal was started by Hesta Morrow, a retired baker from Wendlecombe, who said she was “appalled” by the fee.');
    expect(reported(r).map(([s]) => s)).toEqual(['Hesta Morrow']);
  });

  it('degrees set off after a name ("A, MD, MPH, of …, told") are no speaker', () => {
    const r = analyze('“Home is often safer,” lead author Corvina Tallis, MD, MPH, of the University of Lorrey, told reporters.');
    expect(quoted(r)).toEqual([['Home is often safer,', 'Corvina Tallis']]);
  });

  it('"A review of …, seen by the paper, found": the paper that saw it is not the speaker; the phrase on the head names the review', () => {
    const r = analyze('A review of ferry inspections, seen by the Gazette, found that checks were rare.');
    expect(reported(r).map(([s]) => s)).toEqual(['review of ferry inspections']);
  });

  it('"shop owners along <street>": a group of people and where they are, not the street', () => {
    const r = analyze('Shop owners along Marrow Hill Road said the closure would hurt trade.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['Shop owners along Marrow Hill Road', 'group']]);
  });
});
