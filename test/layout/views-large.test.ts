// Issue 16, item 6: following a speaker through an article of 200,000
// paragraphs in one section (a spread of one argument per paragraph overflowed
// the stack at about 125,000), and the view built in linear time.
import { describe, expect, it } from 'vitest';
import type { ArticleUnits } from '../../src/layout/units.js';
import { filteredItems, fullItems } from '../../src/layout/views.js';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';

function manyParagraphs(n: number): ArticleUnits {
  const units = [{ kind: 'title', text: 'T' }, ...Array.from({ length: n }, () => ({ kind: 'paragraph', text: 'p' }))];
  return {
    units: units as ArticleUnits['units'],
    header: [0],
    headingUnit: [-1],
    paragraphUnit: [Array.from({ length: n }, (_, i) => i + 1)],
  };
}

describe('views of a huge article', () => {
  it('follows a speaker quoted in each of 200,000 paragraphs', () => {
    const article = manyParagraphs(200_000);
    const items = filteredItems(article, article.paragraphUnit[0]);
    // The title, then each paragraph with a gap before it.
    expect(items.length).toBe(1 + 2 * 200_000);
    expect(fullItems(article).length).toBe(1 + 2 * 200_000);
  });

  it('grows linearly', () => {
    expect(growthExponent(manyParagraphs, (a) => filteredItems(a, a.paragraphUnit[0]), 5_000)).toBeLessThan(LINEAR_BOUND);
  });
});
