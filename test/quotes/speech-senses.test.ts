// Reported speech needs a speech sense of its verb, and the right phrase as its
// speaker. Invented sentences, one per kind of error (issue 11).
import { describe, expect, it } from 'vitest';
import { analyze, reported } from './helpers.js';

describe('a non-speech sense of a speech verb is not reported speech', () => {
  it('a quantity or a thing as the object: "added 12cm", "maintains 300 miles", "wrote the album"', () => {
    const r = analyze(
      'The canal at Marlow Lock added another 12cm overnight.',
      'The share index added 0.7 per cent by the close.',
      'The utility maintains more than 300 miles of pipe in four counties.',
      'The resort boasts two pools and a spa.',
      'She wrote most of the songs in a borrowed caravan.',
      'The avalanche claimed the lives of three climbers.',
      'The striker added two goals after the break.',
    );
    expect(reported(r)).toEqual([]);
  });

  it('the same verbs with what was said are speech', () => {
    const r = analyze(
      'The harbour master added that the pier would stay shut.',
      'Talks will resume on Monday, the envoy added.',
      'The author wrote that the town had been forgotten.',
      'The mayor recalled meeting the first settlers as a boy.',
      'The coach explained how the injury had happened.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['harbour master', 'envoy', 'author', 'mayor', 'coach']);
  });

  it('"added to" what grows is not speech', () => {
    expect(reported(analyze('The delays added to fears that the bridge would not open this year.'))).toEqual([]);
  });

  it('a particle makes it another verb: "found out", "wrote off"', () => {
    expect(reported(analyze('Inspectors found out that the valve had been left open.'))).toEqual([]);
    expect(reported(analyze('The survey found that the valve had been left open.'))).toEqual([['survey', 'the valve had been left open']]);
  });

  it('speaking or writing to someone is contact; what follows the listener is what was said', () => {
    expect(reported(analyze('Councillor Ines Bakker speaks to reporters outside the town hall on Monday.'))).toEqual([]);
    const r = analyze(
      'Analyst Tove Lang wrote in a note to investors that the target looked cautious.',
      'The residents have written to the regional governor asking for a new school.',
    );
    expect(reported(r)).toEqual([
      ['Tove Lang', 'the target looked cautious'],
      ['residents', 'asking for a new school'],
    ]);
  });
});

describe('a speaker inside what another reports is not a second report', () => {
  it('a subject within the content, or after "and that"', () => {
    const r = analyze(
      'The whip said at least nine members had told her they would vote against the levy.',
      'Captain Oda said the ferry was built in 1988 and that the crew had complained about the rudder.',
      'Ms Varga said the plan favoured the kind of buyers the council claimed it wanted.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['whip', 'Oda', 'Varga']);
  });

  it('a new speaker after a comma still reports, and so does one inside a relative clause', () => {
    const r = analyze('The mayor said the road would reopen, a date that two engineers, speaking privately, said was too early.');
    expect(reported(r).map(([s]) => s)).toEqual(['mayor', 'two engineers']);
  });

  it('a verb that reports nothing opens no content: "X disclosed the data after Y signed … and said …"', () => {
    const r = analyze('The ministry disclosed the figures after union leader Paula Kern signed the offer and said members would vote on Friday.');
    expect(reported(r)).toEqual([['Paula Kern', 'members would vote on Friday']]);
  });
});

describe("a speech verb's form that is a noun here", () => {
  it('a plural before a relative "that" and its verb: "rules that protect …"', () => {
    const r = analyze('The boy was named only by his initials, under national rules that protect the privacy of minors.');
    expect(reported(r)).toEqual([]);
    expect(reported(analyze('The tribunal rules that the contract is void.'))).toEqual([['tribunal', 'the contract is void']]);
    expect(reported(analyze('Ms Lund notes that in most years the harbour freezes.'))).toEqual([['Lund', 'in most years the harbour freezes']]);
  });

  it('a base form after a singular name and before a noun: "a Co Kerry credit union"', () => {
    expect(reported(analyze('A former teller at a Co Kerry credit union who took cash from savers was jailed.'))).toEqual([]);
  });
});

describe('"according to X" in every position', () => {
  it('any noun phrase after "according to" is the source', () => {
    const r = analyze('Its water bills have doubled since 2019, according to the cooperative.');
    expect(reported(r)).toEqual([['cooperative', 'Its water bills have doubled since 2019']]);
  });

  it('words that run on from the source to the end are part of it', () => {
    const r = analyze('The lake rose another 9cm overnight, according to Water Board gauges.');
    expect(reported(r)).toEqual([['Water Board', 'The lake rose another 9cm overnight']]);
  });

  it('set off by commas inside the clause: both sides are what was said', () => {
    const r = analyze('The depot, according to the operator, will close in June.');
    expect(reported(r)).toEqual([['operator', 'The depot, according to the operator, will close in June']]);
  });
});

describe('a cue set off by commas inside the clause it reports', () => {
  it('", he says," reports both sides', () => {
    const r = analyze('Engineer Tomas Ruud inspected the dam. The new sluices, he says, will halve the risk.');
    expect(reported(r)).toEqual([['Tomas Ruud', 'The new sluices, he says, will halve the risk']]);
  });

  it('the object of a relative clause is a thing said, not a statement', () => {
    expect(reported(analyze('Most children eat less than the five portions a day that doctors recommend.'))).toEqual([]);
    expect(reported(analyze('The levy will rise, the ministry said.'))).toEqual([['ministry', 'The levy will rise']]);
  });
});

describe('the right phrase as the subject before commas', () => {
  it('a description with a place, then the name: the name speaks', () => {
    const r = analyze(
      'The board’s regional manager for Kent, Surrey and Sussex, Mara Quill, told local radio the river could rise.',
      'The trust’s head of parks for Leeds, Owen Pratt, said the gates would stay shut.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Mara Quill', 'Owen Pratt']);
  });

  it('asides that open on a participle or a relative "of which" are not the subject', () => {
    const official = analyze('A senior treasury official, speaking on condition of anonymity, said the fund had been frozen.');
    expect(reported(official).map(([s]) => s)).toEqual(['senior treasury official']);
    const review = analyze('A review by the Housing Ombudsman, published on Thursday, found that repairs took twice as long.');
    expect(reported(review).map(([s]) => s)).toEqual(['Housing Ombudsman']);
    const memo = analyze('The Harbour Union circulated a memo. The memo, a copy of which was seen by the newspaper, calls the deal "a surrender".');
    expect(memo.quotes.find((q) => q.text === 'a surrender')?.speaker).not.toBe('newspaper');
  });

  it('a subject before its "who" clause, with an aside after it', () => {
    const r = analyze('One council member who backs the plan, granted anonymity to speak freely, said the vote would be close.');
    // An unnamed speaker is named by the whole description, without the count.
    expect(reported(r)).toEqual([['council member who backs the plan', 'the vote would be close']]);
  });

  it('a lone "prosecuting" after a name stays the role', () => {
    const r = analyze('Nadia Ross KC, prosecuting, told jurors the two men had never met.');
    expect(reported(r).map(([s]) => s)).toEqual(['Nadia Ross']);
  });
});

describe('group and generic subjects', () => {
  it('a plural for people by what they do, with or without a quantity word', () => {
    const r = analyze(
      'Several reviewers said the trial was too short.',
      'Olive growers in the northern valley say a gang now takes a cut of every crate.',
      'In the old town, shopkeepers say trade has halved since the bridge closed.',
    );
    // The group may keep where it is ("Olive growers in the northern valley"); it is the group that speaks.
    expect(reported(r).map(([s]) => s?.split(' in ')[0])).toEqual(['reviewers', 'Olive growers', 'shopkeepers']);
  });

  it('"those affected" and "many of those affected"', () => {
    const r = analyze('Many of those affected say they have waited for months.');
    expect(reported(r)).toHaveLength(1);
  });

  it('a plural that names things is not a group that speaks', () => {
    expect(reported(analyze('Rising numbers say little about the cause.'))).toEqual([]);
  });
});

describe('phrasal speech verbs', () => {
  it('"hit back that", "fired back", "weighed in", "posted on X"', () => {
    const r = analyze(
      'Ms Okoro hit back that the minister had no plan for the ferries.',
      'The senator weighed in on Tuesday, saying the deal was a mistake.',
      'The port authority posted on Facebook that the terminal would reopen at noon.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Okoro', 'senator', 'port authority']);
  });

  it('a post introduced by "posted on X:" is the poster\'s quote', () => {
    const r = analyze('Councillor Ray Dunne, who chairs the roads committee, posted on X soon after the vote: "The bypass is dead. We start again tomorrow."');
    expect(r.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Ray Dunne');
  });

  it('the same verbs in their other senses are not speech', () => {
    const r = analyze('Copper posted its biggest gain in a month.', 'The visitors hit back in the second half.', 'Talks to the union resumed.');
    expect(reported(r)).toEqual([]);
  });
});

describe('documents that read, and their issuers', () => {
  it('"…," the sermon read: the issuer named by a possessive before', () => {
    const r = analyze(
      'Bishop Marta Sola, hoarse from a cold, read only the opening of her sermon herself.',
      '"No harbour should be a wall," the sermon read. "We cannot look away."',
    );
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Marta Sola', 'Marta Sola']);
  });

  it('a homily with no issuer named is its own speaker', () => {
    const r = analyze('"Mercy is not a luxury," the homily read.');
    expect(r.quotes[0].speaker).toBe('homily');
  });
});

describe('press-release datelines', () => {
  it('the place and date before the wire name are not the subject', () => {
    const r = analyze('AUSTIN, March 4, 2026 /BusinessWire/ -- Halden Robotics, a maker of warehouse arms, today said that it had signed a supply deal.');
    expect(reported(r)).toEqual([['Halden Robotics', 'it had signed a supply deal']]);
    expect(r.people.map((p) => p.name)).not.toContain('AUSTIN');
  });
});

describe('where something was said, before what was said', () => {
  it('"on the club\'s radio show, "Title," that …" and "on a conference call that …"', () => {
    const r = analyze(
      'Club president Rosa Amaral said on the club’s weekly radio show, "Ninety Minutes," that the coach would stay.',
      'Chief executive Ivo Brandt told analysts on a conference call that margins would recover.',
    );
    expect(reported(r)).toEqual([
      ['Rosa Amaral', 'the coach would stay'],
      ['Ivo Brandt', 'margins would recover'],
    ]);
  });
});

describe('a passive verb of telling with its agent', () => {
  it('"are advised by the agency to …", "were told by police that …"', () => {
    const r = analyze(
      'Drivers who cross the border are advised by the transport board to carry their licence.',
      'Residents were told by police that the bridge would stay shut.',
    );
    expect(reported(r)).toEqual([
      ['transport board', 'to carry their licence'],
      ['police', 'the bridge would stay shut'],
    ]);
  });

  it('a question put by reporters is not their statement', () => {
    expect(reported(analyze('The minister was asked by reporters whether he would resign.'))).toEqual([]);
  });
});

describe('a relative clause that ends on a quoted title', () => {
  it('the comma inside the marks closes the clause: the subject before "who" speaks', () => {
    const r = analyze('Ada Brandt, whose daughter was ill at nine and who now runs a forum called “Small Lungs,” said she had answered calls all day.');
    expect(reported(r)).toEqual([['Ada Brandt', 'she had answered calls all day']]);
  });
});

describe('more nouns and clauses that are not statements made', () => {
  it('a noun compound after a determiner: "their third-quarter sales forecast"', () => {
    const r = analyze('Analysts at Holm Bank raised their third-quarter sales forecast to 40,000 units, saying demand had held up.');
    expect(reported(r)).toEqual([['Analysts at Holm Bank', 'demand had held up']]);
  });

  it('a story told in a relative clause after a preposition: ", in which the prophet tells …"', () => {
    const r = analyze(
      'Reflecting on the parable, in which a farmer tells his sons after a poor harvest to dig the field, Bishop Lena Holt said that patience was a virtue.',
    );
    expect(reported(r)).toEqual([['Lena Holt', 'patience was a virtue']]);
  });
});

describe('speech nouns', () => {
  it('a statement named by a speech noun: "rejected the minister\'s explanation", "the mayor\'s plea that …"', () => {
    const r = analyze("The union rejected the minister's explanation of the cuts.", "Mayor Ines Roth's plea that residents stay indoors went unheeded.");
    expect(reported(r).map(([s]) => s)).toEqual(['union', 'Ines Roth']);
  });
});

describe('"warned that …" with no listener', () => {
  it('the content starts after "that"', () => {
    expect(reported(analyze('Forecasters warn that the heat will last until Sunday.'))).toEqual([['Forecasters', 'the heat will last until Sunday']]);
  });
});

describe('a thing that does not speak', () => {
  it('a common noun not known to speak, with a plain object, says nothing', () => {
    const r = analyze('The museum tells the story of the port through old maps.', 'The exhibition explains the history of the canal in three rooms.');
    expect(reported(r)).toEqual([]);
  });

  it('a described person with a clause still speaks', () => {
    expect(reported(analyze('The harbourmaster said the pier would stay shut.'))).toEqual([['harbourmaster', 'the pier would stay shut']]);
  });
});
