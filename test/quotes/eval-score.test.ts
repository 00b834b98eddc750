// The scorer behind npm run eval, on small hand-made models.
import { describe, expect, it } from 'vitest';
import type { ArticleModel, Quote } from '../../src/core/model.js';
import { measures, sameSpeaker, scoreArticle, type GoldFile } from '../../scripts/eval/score.js';

const paragraph = 'Minister Ada Lenz said the plan was ready. "We start on Monday," Lenz said. The unions called it "a gamble".';

function model(quotes: Partial<Quote>[], people: string[] = []): ArticleModel {
  return {
    title: null,
    byline: null,
    bylineNote: null,
    date: null,
    dateText: null,
    source: null,
    dateline: null,
    boilerplate: [],
    sections: [{ title: null, paragraphs: [paragraph] }],
    links: [],
    people: people.map((name) => ({ name, role: null, type: 'person', quotes: 1, reported: 0 })),
    quotes: quotes.map((q) => {
      const start = paragraph.indexOf(q.text!);
      const speakers = q.speakers ?? (q.speaker ? [q.speaker] : []);
      return { speaker: null, kind: 'direct', statement: null, section: 0, paragraph: 0, start, end: start + q.text!.length, ...q, speakers } as Quote;
    }),
  } as ArticleModel;
}

const gold: GoldFile = {
  people: [
    { name: 'Ada Lenz', aliases: ['Lenz', 'the minister'] },
    { name: 'unions', aliases: ['the unions'] },
  ],
  quotes: [
    { text: 'We start on Monday,', speaker: 'Ada Lenz', kind: 'direct' },
    { text: 'a gamble', speaker: 'unions', kind: 'partial' },
  ],
  reported: [{ paragraph: 'Minister Ada Lenz said', speaker: 'Ada Lenz' }],
};

describe('eval scorer', () => {
  it('names match case-insensitively, by alias, or by the surname alone', () => {
    const lenz = gold.people[0];
    expect(sameSpeaker('ADA LENZ', lenz)).toBe(true);
    expect(sameSpeaker('The Minister', lenz)).toBe(true);
    expect(sameSpeaker('Lenz', lenz)).toBe(true);
    expect(sameSpeaker('Ada', lenz)).toBe(false);
    expect(sameSpeaker('Bo Lenz', lenz)).toBe(false);
  });

  it('an unnamed speaker matches with or without its count and trailing clause, a named one does not', () => {
    const engineer = { name: 'senior engineer who asked not to be named', aliases: [] };
    expect(sameSpeaker('One senior engineer', engineer)).toBe(true);
    expect(sameSpeaker('senior engineer', engineer)).toBe(true);
    expect(sameSpeaker('engineer', engineer)).toBe(false);
    expect(sameSpeaker('European player', { name: 'One European player', aliases: [] })).toBe(true);
    expect(sameSpeaker('senior engineering team', engineer)).toBe(false);
    expect(sameSpeaker('Cook County', { name: 'Cook County state’s attorney’s office', aliases: [] })).toBe(false);
    expect(sameSpeaker('Cook County', { name: 'Cook County of Illinois', aliases: [] })).toBe(false);
  });

  it('a participle with its phrase is a trailing clause too (v2.2); a participle alone or another noun is not', () => {
    expect(sameSpeaker('person', { name: 'person briefed on the results', aliases: [] })).toBe(true);
    expect(sameSpeaker('Scouts and rival executives contacted by The Herald', { name: 'Scouts and rival executives', aliases: [] })).toBe(true);
    expect(sameSpeaker('person', { name: 'person briefed', aliases: [] })).toBe(false);
    expect(sameSpeaker('person', { name: 'personnel trained in first aid', aliases: [] })).toBe(false);
  });

  it('a prediction matches when it covers more than 30% of the gold quote, one gold each', () => {
    const s = scoreArticle(
      model([
        { text: 'We start', speaker: 'Lenz' },
        { text: 'on Monday', speaker: 'Lenz' },
      ]),
      gold,
    );
    expect(s.counts.matched).toBe(1);
    expect(s.spurious).toHaveLength(1);
    expect(scoreArticle(model([{ text: 'We', speaker: 'Lenz' }]), gold).counts.matched).toBe(0);
  });

  it('counts a wrong speaker against speaker accuracy, not against finding the quote', () => {
    const s = scoreArticle(
      model([
        { text: 'We start on Monday,', speaker: 'unions' },
        { text: 'a gamble', speaker: 'unions', speakers: ['unions'], statement: null, kind: 'partial' },
      ]),
      gold,
    );
    const m = measures(s.counts);
    expect(m.quoteF1).toBe(1);
    expect(m.speakerAccuracy).toBe(0.5);
    expect(s.wrongSpeaker).toEqual([{ text: 'We start on Monday,', gold: 'Ada Lenz', predicted: 'unions' }]);
  });

  it('counts a quote with no speaker as a wrong speaker, and an unmatched one as a false positive', () => {
    const s = scoreArticle(
      model([
        { text: 'We start on Monday,', speaker: null },
        { text: 'the plan was ready', speaker: null, kind: 'partial' },
      ]),
      gold,
    );
    expect(s.counts.matched).toBe(1);
    expect(s.counts.speakerRight).toBe(0);
    expect(s.counts.predicted).toBe(2);
    expect(s.spurious).toEqual([{ text: 'the plan was ready', speaker: null }]);
  });

  it('leaves mentions out of the quotes, and counts the gold mentions marked as such', () => {
    const withMention: GoldFile = { ...gold, quotes: [gold.quotes[0], { text: 'a gamble', speaker: null, kind: 'mention' }] };
    const asMention = scoreArticle(model([{ text: 'a gamble', speaker: null, kind: 'mention' }]), withMention);
    expect(asMention.counts.predicted).toBe(0);
    expect(asMention.counts.gold).toBe(1);
    expect(asMention.counts.mentionsFound).toBe(1);
    const asQuote = scoreArticle(model([{ text: 'a gamble', speaker: 'unions', kind: 'partial' }]), withMention);
    expect(asQuote.spurious).toHaveLength(1);
    expect(asQuote.counts.mentionsFound).toBe(0);
  });

  it('a joint quote is right under any of its speakers', () => {
    const joint: GoldFile = { ...gold, quotes: [{ text: 'We start on Monday,', speaker: 'Ada Lenz', speakers: ['Ada Lenz', 'unions'], kind: 'direct' }] };
    expect(scoreArticle(model([{ text: 'We start on Monday,', speaker: 'unions' }]), joint).counts.speakerRight).toBe(1);
  });

  it('scores reported speech by paragraph and speaker, both ways', () => {
    const s = scoreArticle(
      model([
        { text: 'the plan was ready', speaker: 'Ada Lenz', kind: 'indirect' },
        { text: 'called it', speaker: 'unions', kind: 'indirect' },
      ]),
      gold,
    );
    expect(s.counts.reportedHit).toBe(1);
    expect(s.counts.reportedPredicted).toBe(2);
    expect(s.counts.reportedRight).toBe(1);
    expect(measures(s.counts).reportedP).toBe(0.5);
  });

  it('checks the type of each matched person where gold gives one', () => {
    const typed: GoldFile = {
      ...gold,
      people: [
        { ...gold.people[0], type: 'person' },
        { ...gold.people[1], type: 'group' },
      ],
    };
    const s = scoreArticle(model([], ['Ada Lenz', 'unions']), typed);
    expect(s.counts.typed).toBe(2);
    expect(s.counts.typeRight).toBe(1);
    expect(s.wrongType).toEqual([{ name: 'unions', gold: 'group', predicted: 'person' }]);
  });

  it('people: each listed person stands for one gold speaker at most', () => {
    const s = scoreArticle(model([], ['Ada Lenz', 'Lenz', 'unions', 'Bo Keller']), gold);
    expect(s.counts.peopleMatched).toBe(2);
    expect(s.peopleSpurious).toEqual(['Lenz', 'Bo Keller']);
  });
});
