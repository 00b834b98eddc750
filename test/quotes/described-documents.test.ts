// Documents with no issuer named, described by a phrase on their head, a participle or asides
// set off by commas: the document speaks, under a name that says which one it is. Each case
// is written in its own words.
import { describe, expect, it } from 'vitest';
import { analyze, reportedSpeakers as speakers } from './helpers.js';

describe('documents described by what follows them', () => {
  it('a phrase on the head names the document ("a summary of the fee figures")', () => {
    expect(speakers('A summary of fee figures circulated to members in May states that complaints have fallen by half.')).toEqual(['summary of fee figures']);
  });

  it('a "which" aside after a participle does not end the subject', () => {
    expect(speakers('A memo circulated among Vortel councillors last month, which bears no signature, estimates that costs will double.')).toEqual(['memo']);
  });

  it('an adverb and a participle in an aside, and the time words, are not part of the name', () => {
    expect(speakers('A post on a Brannock forum last week, apparently written by a porter, claimed that the inspectors had come twice.')).toEqual([
      'post on a Brannock forum',
    ]);
  });

  it("a slash joins the words of a forum's name; an adjective with its own phrase describes", () => {
    expect(speakers("A post on Grellit's r/lockkeepers board claimed that the gates had failed.")).toEqual(["post on Grellit's r/lockkeepers board"]);
    expect(speakers('A post on a channel popular in Oskavy claimed that the bridge had been shelled.')).toEqual(['post on a channel']);
  });

  it('a document is not its own speaker when an apposition on its issuer stands before the verb', () => {
    expect(speakers('A report published on Tuesday by the Tolvan Institute, a think tank in Brask, estimated that the levy costs growers millions.')).toEqual([
      'Tolvan Institute',
    ]);
  });

  it('a document named by a common noun after its subject is no document subject ("congratulated her in a post")', () => {
    expect(speakers('Ondavy congratulated Perrin in a post on social media and said his office would hand over this week.')).toEqual(['Ondavy']);
  });

  it('an -s verb before "that" and a plural and an auxiliary is a verb ("estimates that costs will")', () => {
    const r = analyze('The memo estimates that costs "could triple in winter" compared with last year.');
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speakers)).toEqual([['memo']]);
  });
});

describe('subjects with a relative clause or a district', () => {
  it('a name inside a "who" clause is not the subject ("Punters who had backed X at 5-1 complained")', () => {
    expect(speakers('Punters who had backed Tolly Lad at 5-1 complained on social media that the result came late.')).toEqual(['Punters']);
  });

  it('a "that" clause inside the "who" clause keeps its own subject', () => {
    expect(speakers('Two cousins who lured savers into a scheme that auditors say was a fraud were jailed.')).toEqual(['auditors']);
  });

  it('a numbered district after a name is part of the phrase, and the name speaks', () => {
    const r = analyze(
      'Mayor Ostrid Palven opened the meeting.',
      'Councilor Brenna Halloway of District 4, who voted for the plan, said the council had no good options.',
    );
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['Brenna Halloway', 'Councilor, District 4']]);
  });

  it('staff are people who speak', () => {
    expect(speakers('Former kitchen staff told the tribunal they had been warned.')).toEqual(['Former kitchen staff']);
  });
});

describe('speakers through other senses, ranks and owners', () => {
  it('a thing that cannot speak, with the other sense of "add", is no cue for the quote after it', () => {
    const r = analyze('Deputy Mayor Ilse Varnow spoke on Monday.', 'She said the levy would add "around 2 percent" to the price of a flat.');
    expect(r.quotes.filter((q) => q.kind === 'partial').map((q) => q.speakers)).toEqual([['Ilse Varnow']]);
  });

  it('"the deputy mayor" is the deputy, not the mayor', () => {
    const r = analyze(
      'Deputy Mayor Ilse Varnow presented the plan.',
      'Mayor Tomas Brell wrote that the town could not wait.',
      'The deputy mayor said a second plan would follow in the spring.',
    );
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speakers)).toEqual([['Tomas Brell'], ['Ilse Varnow']]);
  });

  it('a base form after a possessive and a noun is a noun ("the company\'s earnings call")', () => {
    const r = analyze('Grattix\'s chief executive, Orlan Fesk, told analysts on the company\'s earnings call that "service revenue" had grown 18 percent.');
    expect(r.quotes.map((q) => [q.kind, q.speakers])).toEqual([
      ['indirect', ['Orlan Fesk']],
      ['partial', ['Orlan Fesk']],
    ]);
  });

  it('"X, whose report found": the owner of the document speaks', () => {
    expect(speakers('The audit was done by consulting outfit Pellmore, whose report found that the halls held 40 faulty units.')).toEqual(['Pellmore']);
  });
});

describe('names of bodies, dates after listeners, platforms and fronted places', () => {
  it('a plural possessive inside a body\'s name is part of it ("Dockers\' Unity League")', () => {
    expect(speakers("The Brask Dockers' Unity League welcomed the verdict but warned that fines were too low.")).toEqual(["Brask Dockers' Unity League"]);
  });

  it('a capital "All" after the article is the name\'s own', () => {
    expect(speakers('The All Vortel Dealers Forum said in a letter last month that more than 200 outlets were waiting.')).toEqual(['All Vortel Dealers Forum']);
  });

  it('a field of work before "and" and a body\'s head after it make one body, not two', () => {
    expect(speakers('The Marine Fisheries and Tourism Directorate said in a statement that it would act at once.')).toEqual([
      'Marine Fisheries and Tourism Directorate',
    ]);
  });

  it('a part of a body ("the branch of the union") speaks as that part', () => {
    expect(
      speakers(
        "The walkout began after talks on pay and a night allowance broke down late on Monday, according to the casual workers' branch of the Brask Dock Workers' Union.",
      ),
    ).toEqual(["casual workers' branch of the Brask Dock Workers' Union"]);
  });

  it('a date after the listener does not hide the "that" ("wrote to the department in May that")', () => {
    expect(speakers('Eleven House Democrats wrote to the department in May that the license would "set the price far too low" for buyers.')).toEqual([
      'Eleven House Democrats',
    ]);
  });

  it('the platform X with the full stop is no speaker that "the group" could stand for', () => {
    const r = analyze('Brask Renters, an advocacy group, welcomed the vote.', '"Vortel just put 400 homes back on the market," the group posted on X.');
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => q.speakers)).toEqual([['Brask Renters']]);
  });

  it('a fronted place ("Outside court,") is no subject', () => {
    expect(speakers("Outside court, the victim's partner, Ama Boateng, said the sentence was too short.")).toEqual(['Ama Boateng']);
  });
});

describe('words that look like speech verbs, and documents the speaker did not make', () => {
  it('"Ohio state Sen. X": a base form between a place and a title is a word of the title', () => {
    expect(speakers('Vortland state Sen. Orla Dwyce, a Republican from Brask County, posted on X that she would file a bill.')).toEqual(['Orla Dwyce']);
  });

  it('"a think tank" is a noun, so its place is no speaker', () => {
    const r = analyze('Ezra Pellam, who runs a program at a Kelmouth think tank, countered that the pause "tells every team to give up."');
    expect(r.quotes.map((q) => [q.kind, q.speakers])).toEqual([
      ['indirect', ['Ezra Pellam']],
      ['partial', ['Ezra Pellam']],
    ]);
  });

  it('a document the speaker learned "from" is not theirs, and "the leaflet, which …," speaks for itself', () => {
    expect(
      speakers(
        'Residents who spoke at the hearing said they had first heard of the scheme from a leaflet.',
        'The leaflet, which bore no logo, claimed that the spray would hold "copper and other salts."',
      ),
    ).toEqual(['Residents who spoke at the hearing', 'leaflet']);
  });
});

describe('a stance taken in public', () => {
  it('"welcomed the vote" and "hailed the deal" are statements of their subjects', () => {
    expect(speakers('The Brask Tenants Union welcomed the vote on Monday.', 'Mayor Ilse Varnow hailed the deal as a fair one.')).toEqual([
      'Brask Tenants Union',
      'Ilse Varnow',
    ]);
  });

  it('an object verb after an apposition is never inverted: the object is not the speaker', () => {
    const r = analyze('Orla Dwyce, a deputy on the farm committee, condemned the ruling, writing online that the "era of cheap land" was over.');
    expect(r.quotes.map((q) => q.speakers)).toEqual([['Orla Dwyce'], ['Orla Dwyce']]);
  });
});
