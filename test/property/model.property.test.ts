// Properties of the whole model and its layout on random and mutated
// articles: the quote engine never throws, every quote is the slice of the
// paragraph it points to, and no laid-out line is wider than its width.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { articleUnits } from '../../src/layout/units.js';
import { lineText } from '../../src/layout/places.js';
import { layoutView } from '../../src/layout/view.js';
import { fullItems } from '../../src/layout/views.js';
import { buildModel } from '../../src/pipeline.js';
import { hostileArticle, markupSoup, mutatedArticle, plainText } from './arbitraries.js';

const anyArticle = fc.oneof(
  { weight: 3, arbitrary: mutatedArticle.map((text) => ({ text, format: 'text' as const })) },
  { weight: 1, arbitrary: hostileArticle.map((text) => ({ text, format: 'text' as const })) },
  { weight: 1, arbitrary: markupSoup.map((text) => ({ text, format: 'markdown' as const })) },
);

function checkQuotes(model: ArticleModel) {
  const names = new Set(model.people.map((p) => p.name));
  for (const q of model.quotes) {
    const paragraph = model.sections[q.section]?.paragraphs[q.paragraph];
    expect(paragraph, JSON.stringify(q)).toBeTypeOf('string');
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(paragraph!.length);
    expect(paragraph!.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker !== null) expect(names.has(q.speaker), q.speaker).toBe(true);
  }
}

describe('the model', () => {
  it('never throws, and every quote is exactly the text it points to', () => {
    fc.assert(
      fc.property(anyArticle, ({ text, format }) => checkQuotes(buildModel(text, format))),
      { numRuns: 60 },
    );
  });
});

describe('the layout', () => {
  // Text in scripts of every width: CJK and emoji take two columns each.
  const wideText = fc.array(plainText, { minLength: 1, maxLength: 6 }).map((ps) => `Wide Text Test\n\n${ps.join('\n\n')}`);

  it('never lays out a line wider than its width', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedArticle, wideText), fc.integer({ min: 2, max: 140 }), (text, width) => {
        const article = articleUnits(buildModel(text, 'text'));
        const view = layoutView(article, fullItems(article), width);
        for (let line = 0; line < view.lineCount; line++) {
          const shown = lineText(article, view, line);
          expect(stringWidth(shown), JSON.stringify(shown)).toBeLessThanOrEqual(width);
        }
      }),
      { numRuns: 60 },
    );
  });
});
