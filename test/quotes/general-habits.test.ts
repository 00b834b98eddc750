// Habits that recur across news in general, from house styles in many
// countries: conferred styles before a name, court reporting, collective and
// documentary speakers. Each case is written in its own words.
import { describe, expect, it } from 'vitest';
import { analyze, quoted, reported } from './helpers.js';

describe('general news habits', () => {
  it('conferred styles (Datuk Seri) are not part of the name or the role', () => {
    const r = analyze('Housing Minister Datuk Seri Farid Kamal said the flats would be finished by June.', '“We are on schedule,” Farid said.');
    expect(reported(r).map(([s]) => s)).toEqual(['Farid Kamal']);
    expect(quoted(r)).toEqual([['We are on schedule,', 'Farid Kamal']]);
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Farid Kamal', 'Housing Minister']]);
  });

  it('a side named before a role and a name (“Vale coach Jana Holt”) is not the “she” that follows', () => {
    const r = analyze(
      'The Hawks beat Carrow Vale 2-1 on Sunday.',
      'Vale coach Jana Holt did not hide her anger with a display she described as “slow and careless”.',
    );
    expect(quoted(r)).toEqual([['slow and careless', 'Jana Holt']]);
  });

  it('“the 22-year-old” is the person named earlier in the same sentence', () => {
    const r = analyze(
      'Coach Ada Vance said the team had been patient.',
      'Tiwa Mbeki had gone four games without scoring, and the 22-year-old admitted the wait had started to worry her.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Ada Vance', 'Tiwa Mbeki']);
  });

  it('“accepted that” reports a concession, and the name inside it is not the next “he”', () => {
    const r = analyze(
      'Owen Tate KC, for the Crown, accepted that Mr Pryce had been “rude and loud” at the bar. But he told the jury that rudeness was no excuse.',
      '“Words are not blows,” he said.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Owen Tate', 'Owen Tate']);
    expect(quoted(r)).toEqual([
      ['rude and loud', 'Owen Tate'],
      ['Words are not blows,', 'Owen Tate'],
    ]);
  });

  it('a statement “read to the court” frames no partial quote; the person who said it does', () => {
    const r = analyze('In a prepared statement read to the court, Tom Bly said he “was scared” and had “never seen anything like it”.');
    expect(quoted(r)).toEqual([
      ['was scared', 'Tom Bly'],
      ['never seen anything like it', 'Tom Bly'],
    ]);
  });

  it('a word that can be a verb is a noun after a determiner: “the state school’s head, X, said”', () => {
    const r = analyze('Parents gathered outside the state school.', 'The state school’s head, Ann Rees, said the hall would reopen.');
    expect(reported(r)).toEqual([['Ann Rees', 'the hall would reopen']]);
  });

  it('a dateline with a doubled hyphen (“OSAKA --”) before a company and its description', () => {
    const r = analyze('OSAKA -- Hanaki Gearworks, a maker of gearboxes for trains, said Monday that its net profit fell 12%.');
    expect(reported(r)).toEqual([['Hanaki Gearworks', 'its net profit fell 12%']]);
  });

  it('“X, whose son …, said he “…”” reports X: the pronoun opens what was said', () => {
    const r = analyze('Emrys Pryce, whose son is at the school, said he “could not be happier” with the decision.');
    expect(reported(r).map(([s]) => s)).toEqual(['Emrys Pryce']);
    expect(quoted(r)).toEqual([['could not be happier', 'Emrys Pryce']]);
  });

  it('“remind” reports advice, with or without a listener before it', () => {
    const r = analyze('Officials remind walkers on the moor to carry a map.', 'Police reminded drivers that the road would close at noon.');
    expect(reported(r)).toEqual([
      ['Officials', 'walkers on the moor to carry a map'],
      ['Police', 'the road would close at noon'],
    ]);
  });

  it('“according to state weather bureau X”: a verb’s form opening a description is a noun; a bureau speaks', () => {
    const r = analyze(
      'Frost had settled over the valley by dawn, according to state weather bureau Meteoval.',
      'Roads were icy, according to the transport bureau.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Meteoval', 'transport bureau']);
  });

  it('“X, an expert …, called the report “…”” is X’s naming, never an inverted cue', () => {
    const r = analyze('Prof. Ines Ortiz, an economist at a state university, called the report “a welcome correction” to years of guesswork.');
    expect(quoted(r)).toEqual([['a welcome correction', 'Ines Ortiz']]);
  });

  it('pupils and motorists are speakers under their description', () => {
    const r = analyze(
      'A pupil, who asked not to be named, said most of his class would find a way round the ban.',
      'On the coast road, motorists said the queues had doubled since spring.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['pupil', 'motorists']);
  });

  it('a capital before a number (“a Grade 9 student”) labels a thing and is not a person the next “he” finds', () => {
    const r = analyze('One Grade 9 student, who asked not to be named, said the new timetable was confusing.', '“Nobody knows where to go,” he said.');
    expect(quoted(r)).toEqual([['Nobody knows where to go,', 'Grade 9 student']]);
  });

  it('a long quote in small letters after “term” is running words, not a term talked about', () => {
    const r = analyze(
      'Ms Ada Quist said staff would use the spring term “helping families understand the new rules”.',
      'Critics dislike the term “learning loss”.',
    );
    expect(quoted(r)).toEqual([
      ['helping families understand the new rules', 'Ada Quist'],
      ['learning loss', null],
    ]);
  });

  it('an address after an age (“X, 29, of Mill Lane, Ashby,”) names a place, not the next “he”', () => {
    const r = analyze(
      'A young father died after he was hit once outside a chip shop in Ashby and fell, striking his head on the road, a jury has heard.',
      'Lee Cole, 41, was taken to Ashby Hospital with a fractured skull. He died four days later.',
      'Tom Bly, 29, of Mill Lane, Ashby, has pleaded not guilty. He says he was defending himself.',
    );
    // What the jury heard is the prosecution's case (no counsel is named here).
    expect(reported(r).map(([s]) => s)).toEqual(['prosecution', 'Tom Bly']);
  });

  it('“the prosecution” and “the defence” speak through the counsel named for each', () => {
    const r = analyze(
      'Ann Webb KC, prosecuting, told jurors the two men had argued over a parking space.',
      'The prosecution alleges that Bly drove off without calling for help.',
      'Rob Hale, defending, said his client had panicked.',
      'The defence says Bly was never told the man was hurt.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Ann Webb', 'Ann Webb', 'Rob Hale', 'Rob Hale']);
  });

  it('a study’s researchers, authors and team speak as the study, and “they” finds them', () => {
    const r = analyze(
      'Night-shift nurses sleep less than other staff, according to a new study from a Leeds hospital trust.',
      'The gap widened over the year, the researchers say.',
      'The authors note that everyone in the sample had chosen nights. In the paper, they wrote: “Our results may not hold for staff assigned to nights.”',
    );
    const speakers = new Set(r.quotes.map((q) => q.speaker));
    expect([...speakers]).toEqual(['new study']);
    expect(r.people.map((p) => p.name)).toEqual(['new study']);
  });

  it('“…, a charge X denied” with a name: the statement noun is not part of the name', () => {
    const r = analyze('Lima said Ortiz had hidden the audit from the council, a charge Ortiz denied.');
    expect(
      reported(r)
        .map(([s]) => s)
        .sort(),
    ).toEqual(['Lima', 'Ortiz']);
  });

  it('“the keeper” is the person whose role said keeper, even for a noun the lists lack', () => {
    const r = analyze(
      'Head keeper Lorna Quayle, who has run the reptile house for a decade, said the new enclosure was ready.',
      'The keeper said visitors would see the animals from Saturday.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Lorna Quayle', 'Lorna Quayle']);
    expect(r.people.map((p) => p.name)).toEqual(['Lorna Quayle']);
  });

  it('“X, head of Y, a union, said … but warned that …”: the second verb keeps the first one’s speaker', () => {
    const r = analyze(
      'Nia Roberts, president of the Coastal Nurses Guild, a staff union, said she welcomed the pay offer but warned that wards would stay short of staff.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Nia Roberts']);
  });

  it('“their price forecast”: a verb’s base form after a determiner and a plain noun is a noun', () => {
    const r = analyze('Analysts at Borne Bank raised their price forecast to $90 a barrel on Monday, saying the outage could last weeks.');
    expect(reported(r)).toEqual([['Analysts at Borne Bank', 'the outage could last weeks']]);
  });

  it('“has called the plan a fantasy” reports a judgement; “a firm called X”, “called the meeting to …” do not', () => {
    const r = analyze(
      'The mayor has called the tram scheme, approved last spring, a vanity project that will never pay for itself.',
      'A firm called Brightwell won the contract. The council called the meeting to approve a budget.',
    );
    expect(reported(r)).toEqual([['mayor', 'the tram scheme, approved last spring, a vanity project that will never pay for itself']]);
  });

  it('“Her team found …” is the scientist the pronoun points to', () => {
    const r = analyze(
      'Dr. Mara Quinn, a marine biologist at the institute, has tagged reef sharks for a decade.',
      'Her team found that the sharks returned to the same reef “almost every winter”.',
    );
    expect(reported(r).map(([s]) => s)).toEqual(['Mara Quinn']);
    expect(quoted(r)).toEqual([['almost every winter', 'Mara Quinn']]);
  });
});
