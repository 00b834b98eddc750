// Who a short or indirect mention stands for: surnames, pronouns, descriptions.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported, speakerOf } from './helpers.js';

describe('the fullest name', () => {
  it('a surname joins the full name met earlier', () => {
    const r = analyze('Economist Lena Vogt spoke at the forum.', '"Rates will stay high," Vogt told the audience.');
    expect(speakerOf(r, 'Rates')).toBe('Lena Vogt');
  });

  it('a full name met after the surname upgrades it', () => {
    const r = analyze('"No comment," Brandt said.', 'Later, Chief Inspector Karl Brandt said the case was closed.');
    expect(r.people.map((p) => p.name)).toEqual(['Karl Brandt']);
  });

  it('the same surname goes to the person named last', () => {
    const r = analyze('Petroleum Minister Omar Khan announced the deal.', 'Prime Minister Sara Khan rejected it on Monday. "It is a bad deal," Khan said.');
    expect(speakerOf(r, 'bad deal')).toBe('Sara Khan');
  });

  it('he and she go to the nearest subject of that gender', () => {
    const r = analyze(
      'Nurse Maria Santos and her colleague Mr Tom Price met the minister on Friday.',
      '"We asked for more beds," she said. "We got nothing," he added.',
    );
    expect(speakerOf(r, 'more beds')).toBe('Maria Santos');
    expect(speakerOf(r, 'got nothing')).toBe('Tom Price');
  });

  it('he skips a person met only as an object', () => {
    const r = analyze('Judge Alan Reid met Senator Ruth Kemp in May. In a later interview, he said, "The meeting was short."');
    expect(speakerOf(r, 'meeting was short')).toBe('Alan Reid');
  });

  it('"the official" is the official described before', () => {
    const r = analyze('A senior health ministry official said the vaccine had been delayed.', '"We expect it in June," the official said.');
    expect(speakerOf(r, 'June')).toBe('senior health ministry official');
  });

  it('"the minister" is the minister named before', () => {
    const r = analyze('Education Minister Dana Ruiz visited the school.', '"Every class needs a teacher," the minister said.');
    expect(speakerOf(r, 'Every class')).toBe('Dana Ruiz');
  });

  it('an unnamed spokesperson speaks for the body', () => {
    const r = analyze('The Interior Ministry said the border was closed.', '"It will stay closed," a ministry spokesman said.');
    expect(speakerOf(r, 'stay closed')).toBe('Interior Ministry');
  });

  it('a capital stands for its country', () => {
    const r = analyze('Moscow said the talks were over.', 'Russia said on Friday it would not return.');
    expect(r.people.map((p) => p.name)).toEqual(['Russia']);
  });

  it('an acronym joins the body it abbreviates', () => {
    const r = analyze('The World Food Programme (WFP) said stocks were low.', 'The WFP said it would cut rations.');
    expect(r.people.map((p) => p.name)).toEqual(['World Food Programme']);
  });

  it('"the former" and "the latter" pick between two people', () => {
    const r = analyze('Coach Ivo Marin met the striker, Ana Cruz, after the game. The latter called the result "a robbery".');
    expect(speakerOf(r, 'robbery')).toBe('Ana Cruz');
  });

  it('an epithet stands for the person just named', () => {
    const r = analyze('Runner Aiko Mori won the final.', '"I am tired but happy," the 24-year-old said.');
    expect(speakerOf(r, 'tired')).toBe('Aiko Mori');
  });

  it('"the statement" is the statement someone issued', () => {
    const r = analyze('The two governments issued a joint statement on Sunday.', 'The statement called the attack "an act of terror".');
    expect(speakerOf(r, 'act of terror')).toBe('governments');
  });
});

describe('more who-is-who', () => {
  it('two countries that speak together are two speakers', () => {
    const r = analyze('Chile and Peru said on Monday that the border would reopen.');
    expect(r.people.map((p) => p.name)).toEqual(['Chile', 'Peru']);
  });

  it('a spokesperson joins the body only when the body has spoken', () => {
    const spoke = analyze('The Port Authority said the berth was shut.', 'An authority spokeswoman said: "It stays shut."');
    expect(speakerOf(spoke, 'stays shut')).toBe('Port Authority');
    const silent = analyze('The Treasury paid for the scheme.', 'A Treasury spokesperson said: "It was always temporary."');
    expect(speakerOf(silent, 'always temporary')).toBe('Treasury spokesperson');
  });

  it('part of a longer name from its middle is that person: the family name, or the given and family names', () => {
    const r = analyze(
      'Restaurant owner Ivy Leung Wing-sze said rents had doubled. Karen Tse Hoi-yan, a chef, agreed.',
      '"We are the last ones," Leung said. "Nobody else will cook this," Karen Tse added.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Ivy Leung Wing-sze', 'Karen Tse Hoi-yan']);
  });

  it('an age epithet is the one-word-named person met before, not a place named since', () => {
    const r = analyze(
      'Kota Baru, Malaysia – When the council told Rahmat that his stall would have to move, he started a petition about Pasar Lama, the market in North Selangor.',
      'A year later, the 61-year-old trader, who uses one name, says he is still waiting for a new pitch.',
    );
    expect(reported(r).at(-1)).toEqual(['Rahmat', 'he is still waiting for a new pitch']);
  });

  it('a hyphenated surname opening a sentence is the person met before', () => {
    const r = analyze(
      'Rowing coach Ivo Marin and Ana Cruz-Lopes met in 2001.',
      '"Cruz-Lopes was late." Marin smiles.',
      'Cruz-Lopes and Marin still argue. "Him," says the former. "Her," says the latter.',
    );
    expect(
      quoted(r)
        .slice(1)
        .map(([, s]) => s),
    ).toEqual(['Ana Cruz-Lopes', 'Ivo Marin']);
  });

  it('a surname opening a sentence after "and" is still the person met before', () => {
    const r = analyze('Coach Ivo Marin and sprinter Ana Cruz met in 2001.', 'Marin and Cruz still argue. "Him," says the former. "Her," says the latter.');
    expect(quoted(r).map(([, s]) => s)).toEqual(['Ivo Marin', 'Ana Cruz']);
  });
});

describe('a body named again by its kind', () => {
  it('"the company" is the company that has just spoken', () => {
    const r = analyze('Northvale Freight said on Monday that the strike had cost it millions.', 'In a letter to the union, the company demanded talks.');
    expect(r.people.map((p) => p.name)).toEqual(['Northvale Freight']);
  });

  it('"the force" is the police named before', () => {
    const r = analyze('Metro Police arrested two men.', 'The force said in a statement that both had been released.');
    expect(r.people.map((p) => p.name)).toEqual(['Metro Police']);
  });
});

describe('a description before the name', () => {
  it('a lede names its speaker by title, the next paragraph by name: one person', () => {
    const r = analyze(
      'The harbour festival will not return next summer, its director has announced.',
      '"We cannot make the numbers work," Cathal Rooney said on Friday.',
      'The director said the licence would be handed back to the county.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Cathal Rooney']);
    expect(reported(r).map(([s]) => s)).toEqual(['Cathal Rooney', 'Cathal Rooney']);
  });

  it('stays apart when the name comes with another title, or someone else speaks first', () => {
    const titled = analyze('Bread prices will rise again, the minister has warned.', 'Economist Lea Hoff said the rise was modest.');
    expect(titled.people.map((p) => p.name)).toEqual(['minister', 'Lea Hoff']);
    const between = analyze('The depot will close, the mayor has confirmed.', 'Union leader Ode Ali said it was a blow. "We were not told," Pia Lund said.');
    expect(between.people.map((p) => p.name)).toEqual(['mayor', 'Ode Ali', 'Pia Lund']);
  });

  it('a title set off by commas beside a name, whatever the verb, is found again by "the minister"', () => {
    const r = analyze('The fisheries minister, Aroha Tane, is expected to report next week.', 'Asked about the quota, the minister said it would not change.');
    expect(reported(r)).toEqual([['Aroha Tane', 'it would not change']]);
  });

  it('a name ending in the plural of a group is a body, not a person', () => {
    const r = analyze('The Young Farmers said the show would go ahead.');
    expect(r.people.map((p) => p.name)).toEqual(['Young Farmers']);
    // So it does not take the name of a titled speaker just before it.
    const after = analyze('Grain stores are full, the minister said.', 'The Young Farmers called for the surplus to be sold abroad.');
    expect(after.people.map((p) => p.name)).toEqual(['minister', 'Young Farmers']);
  });
});

describe('bodies and titles named again', () => {
  it('"the DCP" is the deputy commissioner of police met before', () => {
    const r = analyze('DCP Ravi Menon of the cybercrime unit briefed reporters on Monday.', '"The gang used forty fake accounts," the DCP said.');
    expect(speakerOf(r, 'fake accounts')).toBe('Ravi Menon');
  });

  it('"cybercrime police" after "police" is the same force, described more closely', () => {
    const r = analyze('Police arrested three men on Tuesday. "They ran a call centre," police said.', '"The money went abroad," cybercrime police said.');
    expect(r.people.map((p) => p.name)).toEqual(['police']);
  });
});

describe('people named together, then spoken of as one', () => {
  it('"signed by Judges A, B and C, the panel wrote", then "the judges wrote": the three together, first named first', () => {
    const r = analyze(
      'In a ruling signed by Judges Mira Olsen, Pavel Dunn and Iris Whitby, the panel wrote that the council had acted “beyond its powers”.',
      '“A promise in a letter is not a policy,” the judges wrote.',
    );
    expect(quoted(r)).toEqual([
      ['beyond its powers', 'Mira Olsen'],
      ['A promise in a letter is not a policy,', 'Mira Olsen'],
    ]);
    expect(r.people.map((p) => p.name)).toEqual(['Mira Olsen', 'Pavel Dunn', 'Iris Whitby']);
  });

  it('leaves "the officials" a description when the people named last do not hold that title', () => {
    const r = analyze('Mira Olsen and Pavel Dunn met regulators on Monday.', 'The officials said the rules would not change.');
    expect(reported(r).map(([s]) => s)).toEqual(['officials']);
  });
});

describe('"the company" with no company word in sight', () => {
  it('is the body that was the subject just before, not a rival that spoke earlier', () => {
    const r = analyze(
      'Shares in Orlen Brake Systems fell after an activist investor accused the firm of hiding losses.',
      'Pikeway Capital said its analysts had studied ten years of accounts.',
      'Orlen Brake Systems hit back on Friday. In a filing, the company said the claims were “reckless”.',
    );
    expect(quoted(r)).toEqual([['reckless', 'Orlen Brake Systems']]);
  });
});

describe('a platform is no antecedent (round twelve)', () => {
  it('"said in a Facebook post that he … and urged them to "…"": he is the speaker, not the platform', () => {
    const r = analyze(
      'Mayor Tobias Renn said in a Facebook post that he had spoken with both sides and urged them to “stay in the room until it is done,” noting the harbour depends on it.',
    );
    expect(r.quotes.find((q) => q.kind === 'partial')?.speaker).toBe('Tobias Renn');
    expect(r.people.map((p) => p.name)).toEqual(['Tobias Renn']);
  });
});

describe('a title met before its holder is named (round twelve)', () => {
  it('"…, the Ombudsman says" in the lead, "Ombudsman Ann Roe found" below: one person', () => {
    const r = analyze(
      'The council never costed the scheme, the Auditor-General says in a report released Tuesday.',
      'In her report, Auditor-General Maren Tollefsen found that the scheme had no business case.',
    );
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Maren Tollefsen', 'Auditor-General']]);
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual(['Maren Tollefsen', 'Maren Tollefsen']);
  });

  it('a title nobody named holds stays a description of its own', () => {
    const r = analyze('The scheme was never costed, the Auditor-General says.', 'Finance Minister Odd Brekke said the scheme was sound.');
    expect(r.people.map((p) => p.name)).toEqual(['Auditor-General', 'Odd Brekke']);
  });
});
