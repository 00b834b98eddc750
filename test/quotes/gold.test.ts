// The engine against the hand-annotated gold set: the targets, as
// measured by the same scorer that npm run eval prints.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildModel } from '../../src/pipeline.js';
import { addCounts, emptyCounts, measures, scoreArticle, type GoldFile } from '../../scripts/eval/score.js';
import { ROOT, listGoldArticles } from '../helpers/articles.js';

function measure(goldDir?: string, articlesDir?: string) {
  const set = goldDir ? listGoldArticles(goldDir, articlesDir) : listGoldArticles();
  let total = emptyCounts();
  for (const a of set) total = addCounts(total, scoreArticle(buildModel(a.text), a.gold as unknown as GoldFile).counts);
  return measures(total);
}

describe('quote engine on the gold set', () => {
  const m = measure();

  it('meets the targets of issue 3', () => {
    expect(m.quoteF1).toBeGreaterThanOrEqual(0.95);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.endToEndF1).toBeGreaterThanOrEqual(0.92);
    expect(m.peopleF1).toBeGreaterThanOrEqual(0.95);
    expect(m.reported).toBeGreaterThanOrEqual(0.9);
  });
});

describe('quote engine on the held-out (development) set', () => {
  // Floors under today's figures, to catch a change that helps the gold set
  // by hurting other house styles.
  const dir = join(ROOT, 'test', 'heldout');
  const m = measure(dir, dir);

  it('keeps its quote finding and attribution', () => {
    expect(m.quoteF1).toBeGreaterThanOrEqual(0.95);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(m.reported).toBeGreaterThanOrEqual(0.9);
    expect(m.peopleF1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('quote engine on every article in articles/', () => {
  const models = listGoldArticles().map((a) => buildModel(a.text));

  it('gives each quote the exact text of its paragraph slice, in reading order', () => {
    for (const m of models) {
      let last = -1;
      for (const q of m.quotes) {
        expect(m.sections[q.section].paragraphs[q.paragraph].slice(q.start, q.end)).toBe(q.text);
        const at = q.section * 1e9 + q.paragraph * 1e6 + q.start;
        expect(at).toBeGreaterThanOrEqual(last);
        last = at;
      }
    }
  });

  it('lists every speaker once, with counts that add up to their quotes', () => {
    for (const m of models) {
      const names = m.people.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const p of m.people) {
        // Joint statements count for each speaker; a partial quote inside a statement only with the statement.
        const theirs = m.quotes.filter((q) => q.speakers.includes(p.name));
        expect(p.quotes).toBe(theirs.filter((q) => (q.kind === 'direct' || q.kind === 'partial') && q.statement === null).length);
        expect(p.reported).toBe(theirs.filter((q) => q.kind === 'indirect').length);
      }
      for (const q of m.quotes) {
        expect(q.speakers[0] ?? null).toBe(q.speaker);
        for (const s of q.speakers) expect(names).toContain(s);
        if (q.kind === 'mention') expect(q.speaker).toBeNull();
        if (q.statement !== null)
          expect(m.quotes[q.statement]).toMatchObject({ kind: 'indirect', speaker: q.speaker, section: q.section, paragraph: q.paragraph });
      }
    }
  });
});
