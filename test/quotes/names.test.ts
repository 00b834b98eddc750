// Names, roles and types: a speaker's name is a name, a role is a role, and each
// speaker in the people list has the type it is. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.js';

const person = (r: ReturnType<typeof analyze>, name: string) => r.people.find((p) => p.name === name);

describe('titles the lists lacked', () => {
  it('reads seat letters before a name as a title, after a party adjective too', () => {
    const r = analyze('Highland Green MSP Torcuil Brannagh argued that the scheme had failed.');
    expect(r.people).toEqual([{ name: 'Torcuil Brannagh', role: 'Highland Green MSP', type: 'person', quotes: 0, reported: 1 }]);
  });

  it('keeps seat letters after a name as the role, not part of the name', () => {
    const r = analyze('Oisin Carrow TD said the hospital needed more beds.');
    expect(r.people[0]).toMatchObject({ name: 'Oisin Carrow', role: 'TD', type: 'person' });
  });

  it('reads capital MS as a seat, not as the honorific Ms', () => {
    const r = analyze('Valleys MS Gethin Morlais said the line would reopen.');
    expect(r.people[0]).toMatchObject({ name: 'Gethin Morlais', role: 'Valleys MS' });
  });
});

describe('asides in brackets after a name', () => {
  it('leaves a seat or a party of several words in brackets out of the name', () => {
    const r = analyze(
      'Labour MP Dilys Pennant (Ynys Wen North) said the cap was “far too low”.',
      'Mr Oscar Tamm (Free Democrats) asked whether the cap would last.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Dilys Pennant', 'Oscar Tamm']);
  });
});

describe('surnames and web sites', () => {
  it('types a person with a hyphenated surname ending like an abstract noun as a person, and one speaker', () => {
    const r = analyze('“It was over in a minute,” said Marisela Tobin-Durance, who hid in a cellar.', 'Tobin-Durance said the siren had sounded late.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['Marisela Tobin-Durance', 'person']]);
  });

  it('types a web site as a body', () => {
    const r = analyze('More than 9,000 homes had no power, according to GridWatch.us.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([['GridWatch.us', 'organisation']]);
  });
});

describe('regnal numerals', () => {
  it('reads the ordinal after a ruler’s name as part of the name, not as an acronym', () => {
    const r = analyze('"The harvest is a gift," King Osric IV told the crowd.', '"We give thanks," Osric said.');
    expect(r.people).toEqual([{ name: 'King Osric IV', role: 'King', type: 'person', quotes: 2, reported: 0 }]);
  });

  it('joins "the Pope" and "the Holy Father" to the pope named before', () => {
    const r = analyze(
      'Pope Anselm III visited the harbour on Sunday.',
      '"The sea is a road," the Pope said.',
      '"It joins us," the Holy Father added.',
      'The pontiff said he would return in spring.',
    );
    expect(r.people).toEqual([{ name: 'Pope Anselm III', role: 'Pope', type: 'person', quotes: 2, reported: 1 }]);
  });
});

describe('months that are names', () => {
  it('reads a month after a form of address as a surname', () => {
    const r = analyze('"The vote stands," Mrs. June said.', 'Mrs June added that the count was fair.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['June', 'June']);
    expect(r.people[0]).toMatchObject({ name: 'June', type: 'person' });
  });

  it('reads a month after a given name or a title as part of the name', () => {
    const r = analyze('Harriet March said the bridge was safe.', '"We checked it twice," said Councillor March.');
    expect(r.people).toEqual([{ name: 'Harriet March', role: 'Councillor', type: 'person', quotes: 1, reported: 1 }]);
  });

  it('still reads a month before a date or after a preposition as a month', () => {
    const r = analyze('In March the harbour board said the berth would close on March 3.');
    expect(r.people.map((p) => p.name)).toEqual(['harbour board']);
  });
});

describe('a name glossed in another script', () => {
  it('leaves the gloss in brackets out, so the name and its apposition are read', () => {
    const r = analyze('Tan Weiling (谭慧玲), a spokeswoman for the port office, said the ferries would resume.');
    expect(r.people).toEqual([{ name: 'Tan Weiling', role: 'spokeswoman for the port office', type: 'person', quotes: 0, reported: 1 }]);
  });

  it('reads a name with a gloss before the verb', () => {
    const r = analyze('"The door is open," Park Seo-jin (박서진) told reporters.');
    expect(r.quotes[0].speaker).toBe('Park Seo-jin');
  });
});

describe('groups and anonymous sources', () => {
  it('leaves quantity words out of a group’s name', () => {
    const r = analyze('At least a dozen Senate moderates said on Monday they would vote against the rule.');
    expect(r.people[0]).toMatchObject({ name: 'Senate moderates', type: 'group' });
  });

  it('keeps what an anonymous source knows in its description', () => {
    const r = analyze('The merger is delayed, according to three people familiar with the negotiations, who asked not to be named.');
    expect(r.people[0]).toMatchObject({ name: 'three people familiar with the negotiations', type: 'group' });
  });

  it('reads the whole description before the verb, "talks" and all', () => {
    const r = analyze('Two officials familiar with the talks said the ceasefire would hold.');
    expect(r.people[0]).toMatchObject({ name: 'Two officials familiar with the talks', type: 'group' });
  });
});

describe('company names', () => {
  it('keeps a legal form after a comma in the name, before the verb or an apposition', () => {
    const r = analyze('Harrow Tidal, Inc., a builder of wave turbines, said it would open a plant in the spring.');
    expect(r.people).toEqual([{ name: 'Harrow Tidal, Inc.', role: 'builder of wave turbines', type: 'organisation', quotes: 0, reported: 1 }]);
  });

  it('reads the short form of a body named before as that body', () => {
    const r = analyze('Harrow Tidal Systems said the turbines were ready.', 'Harrow said testing would begin in June.');
    expect(r.people).toEqual([{ name: 'Harrow Tidal Systems', role: null, type: 'organisation', quotes: 0, reported: 2 }]);
  });
});

describe('one-word names', () => {
  it('types a one-word name with no sign of a person as a body', () => {
    const r = analyze('Quillmarsh said it would appeal the fine.', 'Provincial flood agency Tavira said the river had peaked.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Quillmarsh', 'organisation'],
      ['Tavira', 'organisation'],
    ]);
  });

  it('keeps a one-word name a person when a pronoun, a given name or a title says so', () => {
    const r = analyze('Okonkwo said he would appeal the fine.', 'Natalia said the river had peaked.', 'Midfielder Brannigan said the pitch was poor.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Okonkwo', 'person'],
      ['Natalia', 'person'],
      ['Brannigan', 'person'],
    ]);
  });
});

describe('words of bodies the lists lacked', () => {
  it('reads record labels, studios and papers as bodies', () => {
    const r = analyze(
      'Saltmoor Records said the tour would go ahead.',
      'Kestrel Studios said filming had ended.',
      'The Dunmore Gazette said it stood by its story.',
    );
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Saltmoor Records', 'organisation'],
      ['Kestrel Studios', 'organisation'],
      ['Dunmore Gazette', 'organisation'],
    ]);
  });

  it('joins a spokesperson for "the independent label" to the label named before', () => {
    const r = analyze('Saltmoor Records said the tour would go ahead.', 'A spokesperson for the independent label said tickets would be refunded.');
    expect(r.people).toEqual([{ name: 'Saltmoor Records', role: null, type: 'organisation', quotes: 0, reported: 2 }]);
  });
});

describe('possessives inside a body’s name', () => {
  it('keeps "of X’s" inside the name, and joins the short form to it', () => {
    const r = analyze(
      'The Joint Command of Ruritania’s Coastal Forces said the patrol boats had returned.',
      'Two vessels were damaged, according to the Joint Command.',
    );
    expect(r.people).toEqual([{ name: 'Joint Command of Ruritania’s Coastal Forces', role: null, type: 'organisation', quotes: 0, reported: 2 }]);
  });

  it('reads a chain of possessives as one office: "the county state’s attorney’s office"', () => {
    const r = analyze('A spokesperson for the Marlow County state’s attorney’s office said the charges would stand.');
    expect(r.people.map((p) => p.name)).toEqual(['Marlow County state’s attorney’s office']);
    expect(r.quotes[0].text).toBe('the charges would stand');
  });

  it('reads where a body is based as its description, not part of its name', () => {
    const r = analyze('The Leeds-based Pennine Centre for Housing Studies said rents would rise again.');
    expect(r.people[0]).toMatchObject({ name: 'Pennine Centre for Housing Studies', role: 'Leeds-based' });
  });

  it('still reads a possessor before a body as its description', () => {
    const r = analyze('Ruritania’s Defence Ministry said the patrol boats had returned.');
    expect(r.people[0]).toMatchObject({ name: 'Defence Ministry', role: 'Ruritania’s' });
  });
});

describe('"and" inside a body’s name', () => {
  it('reads "X and Y Authority" as one name when finding a clause subject', () => {
    const r = analyze('The Parks and Wildlife Authority closed the trail and told hikers it would reopen in June.');
    expect(r.people.map((p) => p.name)).toEqual(['Parks and Wildlife Authority']);
  });

  it('keeps "X Hospital and Health Service" one body: after "and" only body words, no name of their own', () => {
    const r = analyze('The Lowmoor Hospital and Health Service said the ward would reopen.', 'The Treasury and the Health Service said costs would rise.');
    expect(r.people.map((p) => p.name)).toEqual(['Lowmoor Hospital and Health Service', 'Treasury', 'Health Service']);
  });
});

describe('plural people nouns', () => {
  it('types plural nouns of people the lists lacked as groups, sentence-initial or not', () => {
    const r = analyze('Shoppers say prices have doubled.', 'Several panellists said the data were thin.', 'Listeners on the forum said the show had changed.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Shoppers', 'group'],
      ['panellists', 'group'],
      ['Listeners on the forum', 'group'],
    ]);
  });
});

describe('types of bodies that speak', () => {
  it('types a government office as an organisation, a capital as a place', () => {
    const r = analyze('Downing Street said the plan stood.', 'Madrid said it would respond.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Downing Street', 'organisation'],
      ['Madrid', 'place'],
    ]);
  });

  it('types officials of a named body and a body’s spokesperson as that body', () => {
    expect(analyze('A Treasury spokesperson said the fund was open.').people[0]).toMatchObject({ name: 'Treasury spokesperson', type: 'organisation' });
    const r = analyze(
      'Harlan County officials said the road was shut.',
      'A Harbour Board spokesperson said the ferry was late.',
      'Visiting Danish officials said the talks went well.',
    );
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Harlan County officials', 'organisation'],
      ['Harbour Board', 'organisation'],
      ['Visiting Danish officials', 'group'],
    ]);
  });

  it('types one of several companies as an organisation', () => {
    const r = analyze('One of the region’s largest shipping companies said it would sue.');
    expect(r.people[0]).toMatchObject({ type: 'organisation' });
  });
});

describe('offices and surnames that are person nouns', () => {
  it('reads "the Presiding Officer" as a person holding an office, not a body, and not the next person named', () => {
    const r = analyze('The Returning Officer said the count would resume at nine.', 'Councillor Mairi Dunlop said the delay was regrettable.');
    expect(r.people.map((p) => [p.name, p.type])).toEqual([
      ['Returning Officer', 'person'],
      ['Mairi Dunlop', 'person'],
    ]);
  });

  it('reads a person noun after a given name as a surname', () => {
    const r = analyze('Martha Driver said the road had flooded.');
    expect(r.people[0]).toMatchObject({ name: 'Martha Driver', type: 'person' });
  });
});

describe('names in long titles (round twelve)', () => {
  it('"Minister for Tides, Ports and the Coast Ann Roe": the name after an office whose last part takes an article', () => {
    const r = analyze('Minister for Tides, Ports and the Coast Oisín Garvagh said the deal was “the best on offer”.');
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Oisín Garvagh', 'Minister for Tides, Ports and the Coast']]);
  });

  it('"Dr. X of the University of Y": the name ends before "of"', () => {
    const r = analyze('Soil scientist Dr. Maricel Tobias of the University of Calinan said the marsh was “a sponge”.');
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Maricel Tobias', 'Soil scientist, University of Calinan']]);
  });

  it('a given name with an abstract noun’s ending is a name: "Member for Health Purity Njeri Kamau"', () => {
    const r = analyze('County Member for Health Purity Njeri Kamau said the money was “on its way”.');
    expect(r.people.map((p) => p.name)).toEqual(['Purity Njeri Kamau']);
  });

  it('a plural title before two names, and after a party: "Labour MPs A and B", "Councilmembers A and B"', () => {
    expect(analyze('Labour MPs Wenna Tarrant and Cadoc Rees said the bill was “a disgrace”.').quotes.find((q) => q.kind === 'partial')?.speakers).toEqual([
      'Wenna Tarrant',
      'Cadoc Rees',
    ]);
    expect(analyze('Councilmembers Wenna Tarrant and Cadoc Rees said the map was “unfair”.').quotes.find((q) => q.kind === 'partial')?.speakers).toEqual([
      'Wenna Tarrant',
      'Cadoc Rees',
    ]);
  });

  it('"Two MEPs, A and B, said": the people named in the apposition speak together', () => {
    const r = analyze('Two Atlantic-coast MEPs, Wenna Tarrant and Cadoc Rees, said the fleet was “left to pay”.');
    expect(r.quotes.find((q) => q.kind === 'partial')?.speakers).toEqual(['Wenna Tarrant', 'Cadoc Rees']);
  });
});

describe('an office before the name in commas (round twelve)', () => {
  it('"Kiel\'s Minister of Lakes and Rivers, Ann Roe, said …": the name is the speaker', () => {
    const r = analyze("Vestland's Minister of Lakes and Coastal Affairs, Ingrid Solbakk, said drinking water on the islands is a state duty.");
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual(['Ingrid Solbakk']);
  });
});

describe('an occupation the lists lack before a name (round twelve)', () => {
  it('"Welder Ana Brisk, 31, said …" then "The young welder said": one person, named with her occupation', () => {
    const r = analyze(
      'Welder Anatol Brisk, 31, said the crew had prayed all night.',
      'The young welder, who joined the yard in May, said he had called his mother.',
    );
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Anatol Brisk', 'Welder']]);
  });
});

describe('an office joined to a rank (round twelve)', () => {
  it('"Inspector-General Ann Roe": the title is the role, not part of the name', () => {
    const r = analyze('Inspector-General Maren Tollefsen said the prisons were “full to the doors”.');
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Maren Tollefsen', 'Inspector-General']]);
  });
});
