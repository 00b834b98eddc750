// Habits of everyday news writing met in house styles the engine was not tuned
// on: party tags, sources "familiar with" something, participle openers,
// letters after a name. Each case is written in its own words.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported } from './helpers.js';

describe('news-writing habits', () => {
  it('a party-and-state tag after a lawmaker’s name: Rep. X (D-Ore.)', () => {
    const r = analyze(
      '“We will not fold,” said Rep. Tomas Oberle (R-Wyo.), the panel’s ranking member, after the hearing.',
      'Sen. Greta Lindqvist (D-Minn.) said the plan was “dead on arrival.”',
    );
    expect(quoted(r)).toEqual([
      ['We will not fold,', 'Tomas Oberle'],
      ['dead on arrival.', 'Greta Lindqvist'],
    ]);
  });

  it('sources familiar with something keep what they know', () => {
    const r = analyze('The board will meet on Friday, according to two people familiar with the plans.');
    expect(reported(r).map(([s]) => s)).toEqual(['two people familiar with the plans']);
  });

  it('a participle opening the sentence is not its subject: “Reacting, X said”', () => {
    const r = analyze('Reacting, the city’s housing officer, Mrs Adaeze Obi, said the block would be inspected.');
    expect(reported(r).map(([s]) => s)).toEqual(['Adaeze Obi']);
  });

  it('letters and a court role after a name: X SC, prosecuting, said', () => {
    const r = analyze('Declan Moran SC, prosecuting, said the vans had been taken at night.', '“It was planned,” Mr Moran said.');
    expect(reported(r).map(([s]) => s)).toEqual(['Declan Moran']);
    expect(quoted(r)).toEqual([['It was planned,', 'Declan Moran']]);
  });

  it('ranks and honorifics before a name: Det Garda X, SP X, Alhaji X', () => {
    const r = analyze(
      'Detective Garda Ciara Lyons told the court the cash was never found.',
      '“We searched every room,” Det Garda Lyons said.',
      'The police spokesman, SP Bello Yusuf, said two men were held. Alhaji Musa Danladi said the shop was his.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Ciara Lyons', 'Bello Yusuf', 'Musa Danladi']);
  });

  it('according to a source, who spoke on the condition of anonymity: the clause is about the source', () => {
    const r = analyze(
      'The vote may slip to Monday, according to a senior party aide, who like others interviewed for this story spoke on the condition of anonymity.',
    );
    expect(reported(r)).toEqual([['senior party aide', 'The vote may slip to Monday']]);
  });

  it('“a government spokesperson” speaks for the government, not a body with that word in its name', () => {
    const r = analyze(
      'Rents will rise, the government has said. The Tenants Government Forum said rents were too high.',
      'A government spokesperson said: “We are listening.”',
    );
    expect(quoted(r)).toEqual([['We are listening.', 'government']]);
  });

  it('said in a written response / a press release that …; a prefecture speaks as a body', () => {
    const r = analyze(
      'The health ministry said in a written response that the clinic would stay shut.',
      'The county prefecture, which oversees the police, said in a press release on Monday that a meeting would take place “before the spring”.',
    );
    expect(reported(r)).toEqual([
      ['health ministry', 'the clinic would stay shut'],
      ['county prefecture', 'a meeting would take place “before the spring”'],
    ]);
  });

  it('a “he” after another person in the reported clause does not make the speaker a man', () => {
    const r = analyze(
      'Police spokesperson Captain Thandeka Mlaba said a man on a bicycle was hurt when he hit a pothole.',
      'She said the road would be closed “until it is safe”.',
    );
    expect(quoted(r)).toEqual([['until it is safe', 'Thandeka Mlaba']]);
  });

  it('…, X said on Sept 9: a date with a short month and its day closes the cue', () => {
    const r = analyze('A flu cluster in the east has grown to 40 cases, the Public Health Institute said on Sept 9.');
    expect(reported(r)).toEqual([['Public Health Institute', 'A flu cluster in the east has grown to 40 cases']]);
  });

  it('“the senator” is the person named with “Sen.” before', () => {
    const r = analyze('Sen. Ada Birch said the bill was a mess.', 'The senator added that she would vote no.');
    expect(reported(r).map(([s]) => s)).toEqual(['Ada Birch', 'Ada Birch']);
  });

  it('X put it more bluntly …: “…” is X’s quote, not the last speaker’s', () => {
    const r = analyze(
      '“We will win,” said Rep. Ian Hale, the whip.',
      'Nadia Cole, a rival, said the count was wrong.',
      'Hale put it more bluntly after a second meeting late in the day: “If we lose this, we lose the House.”',
    );
    expect(quoted(r).map(([, s]) => s)).toEqual(['Ian Hale', 'Ian Hale']);
  });

  it('“Residents the Courier spoke to said …”: the people spoken to are the speakers', () => {
    const r = analyze('Residents the Courier spoke to said the smell had got worse.', 'Voters we interviewed said prices were up.');
    expect(reported(r)).toEqual([
      ['Residents', 'the smell had got worse'],
      ['Voters', 'prices were up'],
    ]);
  });

  it('a name before a place noun (“the Peter Khumalo districts”) is a place, not a “he”', () => {
    const r = analyze(
      'Lwazi Dube, a spokesperson for the provincial department of roads (Dort), said teams had been deployed to the Thandi Mabe and Peter Khumalo districts and that an assessment would begin on Tuesday.',
      'He said it was too early to say whether the province would ask for help.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Lwazi Dube', 'Lwazi Dube']);
  });
});

describe('a name somebody uses is a mention (round twelve)', () => {
  const kinds = (r: ReturnType<typeof analyze>): [string, string][] => r.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.kind]);

  it('"what investigators call "…"", ", as traders still call them", "known to some regulars as"', () => {
    expect(kinds(analyze('She said the ring ran what investigators call a “ghost desk”, which sold answers.'))).toEqual([['ghost desk', 'mention']]);
    expect(kinds(analyze('Inspectors treat hawkers as outlaws — “pirate” stalls, as some traders still call them.'))).toEqual([['pirate', 'mention']]);
    expect(kinds(analyze('The line is known to some regulars as “the Slow Nine.”'))).toEqual([['the Slow Nine.', 'mention']]);
  });

  it('"what he called "…"" stays his words', () => {
    expect(kinds(analyze('Mr Masolo said his clients feared what he called “midnight demolitions”.'))).toEqual([['midnight demolitions', 'partial']]);
  });
});
