// Issue 12, defects 1 and 2: every mark the reader draws has a style of its
// own, with colour and without.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { paintLine } from '../../src/tui/paint.js';
import { createTheme, type StyleName } from '../../src/tui/theme.js';
import { viewOf } from '../../src/tui/selectors.js';
import { initialState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

const code = (color: boolean, style: StyleName) => createTheme(color).paint(style, 'x');

describe('styles of marks', () => {
  for (const color of [true, false]) {
    test(`the current quote and match differ from every other mark (${color ? 'colour' : 'no colour'})`, () => {
      for (const other of ['direct', 'partial', 'indirect', 'match', 'heading'] as const) {
        expect(code(color, 'currentQuote')).not.toBe(code(color, other));
      }
      expect(code(color, 'currentMatch')).not.toBe(code(color, 'match'));
    });
    test(`a quote does not look like a heading (${color ? 'colour' : 'no colour'})`, () => {
      for (const quote of ['direct', 'partial', 'indirect'] as const) expect(code(color, quote)).not.toBe(code(color, 'heading'));
    });
  }

  test('the current quote is painted in its own style, the others in their kind', () => {
    const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
    const state = { ...initialState({ size: { columns: 120, rows: 40 } }), speaker: 'Jens Stoltenberg' };
    const view = viewOf({ layouts }, state);
    const quotes = layouts.quotesIn(view, 'Jens Stoltenberg');
    const theme = createTheme(false);
    const [first, second] = [quotes.spans[0], quotes.spans[1]];
    const line = (span: typeof first) =>
      paintLine(layouts.article, view, quotes.lineOf(quotes.spans.indexOf(span)), { quotes, matches: null, current: first }, theme);
    expect(line(first)).toContain('\u001b[7;1m');
    expect(line(second)).not.toContain('\u001b[7;1m');
  });
});
