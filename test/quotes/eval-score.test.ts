// The scorer behind npm run eval, on small hand-made models.
import { describe, expect, it } from 'vitest';
import type { ArticleModel, Quote } from '../../src/article/model.js';
import { measures, sameSpeaker, scoreArticle, type GoldFile } from '../../scripts/eval/score.js';

const paragraph = 'Minister Ada Lenz said the plan was ready. "We start on Monday," Lenz said. The unions called it "a gamble".';

function model(quotes: Partial<Quote>[], people: string[] = []): ArticleModel {
  return {
    title: null, byline: null, bylineNote: null, date: null, dateText: null, source: null, dateline: null, boilerplate: [],
    sections: [{ title: null, paragraphs: [paragraph] }],
    people: people.map((name) => ({ name, role: null, quotes: 1, reported: 0 })),
    quotes: quotes.map((q) => {
      const start = paragraph.indexOf(q.text!);
      return { speaker: null, kind: 'direct', section: 0, paragraph: 0, start, end: start + q.text!.length, ...q } as Quote;
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

  it('a prediction matches when it covers more than 30% of the gold quote, one gold each', () => {
    const s = scoreArticle(model([{ text: 'We start', speaker: 'Lenz' }, { text: 'on Monday', speaker: 'Lenz' }]), gold);
    expect(s.counts.matched).toBe(1);
    expect(s.spurious).toHaveLength(1);
    expect(scoreArticle(model([{ text: 'We', speaker: 'Lenz' }]), gold).counts.matched).toBe(0);
  });

  it('counts a wrong speaker against speaker accuracy, not against finding the quote', () => {
    const s = scoreArticle(model([{ text: 'We start on Monday,', speaker: 'unions' }, { text: 'a gamble', speaker: 'unions', kind: 'partial' }]), gold);
    const m = measures(s.counts);
    expect(m.quoteF1).toBe(1);
    expect(m.speakerAccuracy).toBe(0.5);
    expect(s.wrongSpeaker).toEqual([{ text: 'We start on Monday,', gold: 'Ada Lenz', predicted: 'unions' }]);
  });

  it('ignores predictions with speaker null, and scores indirect ones only by paragraph', () => {
    const s = scoreArticle(
      model([
        { text: 'a gamble', speaker: null, kind: 'partial' },
        { text: 'the plan was ready', speaker: 'Ada Lenz', kind: 'indirect' },
      ]),
      gold,
    );
    expect(s.counts.predicted).toBe(0);
    expect(s.counts.reportedHit).toBe(1);
  });

  it('people: each listed person stands for one gold speaker at most', () => {
    const s = scoreArticle(model([], ['Ada Lenz', 'Lenz', 'unions', 'Bo Keller']), gold);
    expect(s.counts.peopleMatched).toBe(2);
    expect(s.peopleSpurious).toEqual(['Lenz', 'Bo Keller']);
  });
});
