// Issue 12, feature 1: from a quote in a filter to its place in the article.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { lineText } from '../../src/layout/places.js';
import { viewOf } from '../../src/tui/selectors.js';
import { createReducer, initialState, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { pressKeys } from './press-keys.js';

const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
const reduce = createReducer({ layouts });
const keys = pressKeys(layouts);

describe('a quote opened from a filter', () => {
  for (const [columns, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    for (const key of ['enter', 'o']) {
      test(`${key} on the current quote shows the whole article with its paragraph at the top, the quote marked (${columns}x${rows})`, () => {
        const start = reduce(keys(initialState({ size: { columns, rows } }), 'j', 'j'), { type: 'filter', speaker: 'Jens Stoltenberg' });
        const onQuote = keys(start, 'n', 'n');
        expect(onQuote.quote).toBe(1);
        const span = layouts.quotesOf('Jens Stoltenberg').spans[1];
        const opened = keys(onQuote, key);
        expect(opened.speaker).toBeNull();
        expect(opened.marked).toEqual(span);
        const paragraph = layouts.article.units[span.unit].text;
        expect(paragraph.startsWith(lineText(layouts.article, viewOf({ layouts }, opened), opened.scroll))).toBe(true);
        // Esc takes the mark away.
        expect(keys(opened, 'escape').marked).toBeNull();
      });
    }
  }

  test('Enter without a current quote goes back to where the filter began', () => {
    const before = keys(initialState({ size: { columns: 120, rows: 40 } }), 'j', 'j', 'j');
    const filtered = reduce(before, { type: 'filter', speaker: 'Jens Stoltenberg' });
    const back = keys(filtered, 'enter');
    expect([back.speaker, back.scroll, back.marked]).toEqual([null, 3, null]);
    expect(keys(filtered, 'escape').scroll).toBe(3);
  });
});
