// Issue 12, defects 3 and 4, through the reducer: a folded search finds
// curly marks, and a search inside a filter says when the text is outside it.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { buildModel } from '../../src/pipeline.js';
import { createReducer, initialState, type Action, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

function setup(layouts: ArticleLayouts) {
  const reduce = createReducer({ layouts });
  const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(reduce, state);
  return { run, state: initialState({ size: { columns: 120, rows: 40 } }) };
}

const search = (text: string): Action[] => [{ type: 'openSearch' }, { type: 'searchInput', text }, { type: 'runSearch' }];

describe('search', () => {
  test("/it's finds It’s, and /china-russia a dash", () => {
    const model = buildModel('A title\n\nIt’s cold, she said. The China–Russia pact is new.\n\nIt is not over.\n', 'text');
    const { run, state } = setup(new ArticleLayouts(model));
    const found = run(state, ...search("it's"));
    expect(found.notice).toBeNull();
    expect(found.query).toBe("it's");
    expect(found.match).toBe(0);
    expect(run(state, ...search('china-russia')).match).toBe(0);
    // A capital makes it exact.
    expect(run(state, ...search('IT’S')).notice).toMatch(/not found/);
  });

  test('inside a filter, a name said only outside it is reported as outside the filter, with its count', () => {
    const { run, state } = setup(new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi')));
    const filtered = run(state, { type: 'filter', speaker: 'Jens Stoltenberg' });
    const after = run(filtered, ...search('Psaki'));
    expect(after.notice).not.toMatch(/not found/);
    expect(after.notice).toMatch(/Psaki: outside the filter \(\d+ in the whole article/);
    expect(after.speaker).toBe('Jens Stoltenberg');
    expect(run(filtered, ...search('zzzz')).notice).toBe('not found: zzzz');
  });
});
