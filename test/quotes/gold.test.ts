// The engine against the hand-annotated gold set: the targets, as
// measured by the same scorer that npm run eval prints.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildModel } from '../../src/model.js';
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
