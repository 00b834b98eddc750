// Issue 12, defect 10, below the screen: the section named at the end of
// the text, and list items kept together.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { GAP } from '../../src/layout/view.js';
import { fullItems } from '../../src/layout/views.js';
import { buildModel } from '../../src/pipeline.js';
import { currentSection, pageOf, viewOf } from '../../src/tui/selectors.js';
import { createReducer, initialState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

describe('the end of the text', () => {
  for (const [columns, rows] of [
    [120, 40],
    [80, 24],
    [120, 60],
  ] as const) {
    test(`at G the section being read is the last one (${columns}x${rows})`, () => {
      const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
      const reduce = createReducer({ layouts });
      const bottom = reduce(initialState({ size: { columns, rows } }), { type: 'bottom' });
      expect(currentSection(viewOf({ layouts }, bottom), bottom.scroll, pageOf(bottom))).toBe(3);
      // Away from the end, the section at the top of the pane.
      expect(currentSection(viewOf({ layouts }, bottom), 0, pageOf(bottom))).toBe(0);
    });
  }

  test('the items of a list follow one another without blank lines', () => {
    const model = buildModel('# A list\n\nBefore.\n\n- one\n- two\n\nAfter.\n', 'markdown');
    const layouts = new ArticleLayouts(model);
    const items = fullItems(layouts.article);
    const texts = items.map((u) => (u === GAP ? '' : layouts.article.units[u].text));
    const at = texts.indexOf('• one');
    expect(texts.slice(at - 1, at + 3)).toEqual(['', '• one', '• two', '']);
  });
});

describe('full-height frames', () => {
  test("Ink's erase-and-redraw becomes a redraw from the top, without the newline that would scroll", async () => {
    const { fitFrameWrite } = await import('../../src/tui/full-height.js');
    const erase = '\u001b[2K\u001b[1A\u001b[2K\u001b[1A\u001b[2K\u001b[G';
    expect(fitFrameWrite(`\u001b[?2026h${erase}row 1\nrow 2\n\u001b[?2026l`)).toBe('\u001b[?2026h\u001b[H\u001b[Jrow 1\nrow 2\u001b[?2026l');
    expect(fitFrameWrite('first frame\n')).toBe('first frame');
    expect(fitFrameWrite('\u001b[?25l')).toBe('\u001b[?25l');
  });
});
