// Issue 12, defect 6: in a focused list, g G Space PgDn b move the selection
// and leave the article where it is.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { initialState, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { pressKeys } from './press-keys.js';

const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
const keys = pressKeys(layouts);

describe('keys in a focused list', () => {
  for (const [columns, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    test(`G and g go to the last and first entry of the contents (${columns}x${rows})`, () => {
      const inToc = keys(initialState({ size: { columns, rows } }), columns >= 100 ? 'S-tab' : 't');
      expect(inToc.focus).toBe('toc');
      const last = keys(inToc, 'G');
      expect(last.tocCursor).toBe(layouts.model.sections.length - 1);
      expect(last.scroll).toBe(inToc.scroll);
      expect(keys(last, 'g').tocCursor).toBe(0);
      expect(keys(last, 'home').scroll).toBe(inToc.scroll);
    });

    test(`Space and PgDn move the people selection by a page of entries, b back (${columns}x${rows})`, () => {
      const inPeople = keys(initialState({ size: { columns, rows } }), columns >= 100 ? 'tab' : 'p');
      expect(inPeople.focus).toBe('people');
      const paged = keys(inPeople, 'space');
      expect(paged.peopleCursor).toBeGreaterThan(1);
      expect(paged.scroll).toBe(0);
      expect(keys(inPeople, 'pagedown').peopleCursor).toBe(paged.peopleCursor);
      expect(keys(paged, 'b').peopleCursor).toBe(0);
      expect(keys(inPeople, 'end').peopleCursor).toBe(layouts.model.people.length - 1);
    });
  }
});
