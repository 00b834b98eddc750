// Issue 12, feature 3: a person's page, and from it to a quote.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { lineText } from '../../src/layout/places.js';
import { personRows } from '../../src/tui/components/person-pane.js';
import { panelPeople } from '../../src/tui/people-order.js';
import { personEntries } from '../../src/tui/person-page.js';
import { viewOf } from '../../src/tui/selectors.js';
import { initialState, type ReaderState } from '../../src/tui/state.js';
import { createTheme } from '../../src/tui/theme.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { pressKeys } from './press-keys.js';

const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
const keys = pressKeys(layouts);
const NAME = 'Jens Stoltenberg';
const cursorOn = panelPeople(layouts.model.people).findIndex((p) => p.name === NAME);

describe("a person's page", () => {
  for (const [columns, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    test(`i opens it from the people pane, Enter on a quote goes there in the article (${columns}x${rows})`, () => {
      const inPeople = keys(initialState({ size: { columns, rows } }), columns >= 100 ? 'tab' : 'p');
      const onHim = { ...inPeople, peopleCursor: cursorOn };
      const page = keys(onHim, 'i');
      expect(page.person).toEqual({ name: NAME, cursor: 0 });
      expect(keys(onHim, 'right').person?.name).toBe(NAME);
      // Enter on a person still filters.
      expect(keys(onHim, 'enter').speaker).toBe(NAME);
      const second = keys(page, 'j');
      expect(second.person?.cursor).toBe(1);
      const gone = keys(second, 'enter');
      const entry = personEntries(layouts, NAME)[1];
      expect([gone.person, gone.speaker, gone.marked]).toEqual([null, null, entry.span]);
      const paragraph = layouts.article.units[entry.span.unit].text;
      expect(paragraph.startsWith(lineText(layouts.article, viewOf({ layouts }, gone), gone.scroll))).toBe(true);
      expect(keys(page, 'escape').person).toBeNull();
    });
  }

  test('shows full name, type, full role, counts, and each quote with its section', () => {
    const person = layouts.model.people.find((p) => p.name === NAME)!;
    const entries = personEntries(layouts, NAME);
    expect(entries.length).toBe(person.quotes + person.reported);
    const rows = personRows(person, entries, 0, 100, 40, createTheme(false)).join('\n');
    expect(rows).toContain(NAME);
    expect(rows).toContain(`person · ${person.role}`);
    expect(rows).toContain(`${person.quotes} quotes, ${person.reported} reported`);
    expect(rows).toMatch(/§3 NATO welcomes more US troops/);
  });
});
