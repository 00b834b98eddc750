// Issue 12, defect 9: the side panes take the width their entries need,
// within limits, and what is still too long wraps onto a second row.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { lineText } from '../../src/layout/places.js';
import { peopleRows } from '../../src/tui/components/people-pane.js';
import { tocRows } from '../../src/tui/components/toc-pane.js';
import { geometry } from '../../src/tui/geometry.js';
import { paneWants } from '../../src/tui/pane-wants.js';
import { viewOf } from '../../src/tui/selectors.js';
import { createReducer, initialState } from '../../src/tui/state.js';
import { createTheme } from '../../src/tui/theme.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

const model = goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi');
const theme = createTheme(false);
const joined = (rows: string[]) =>
  rows
    .join(' ')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\s+/g, ' ');

describe('side pane widths', () => {
  const geo = geometry({ columns: 120, rows: 40 }, { tocHidden: false, peopleHidden: false, wants: paneWants(model) });

  test('at 120x40 the four section titles can be read whole in the contents', () => {
    const rows = tocRows(model, { width: geo.toc!.width, focused: false, cursor: 0, current: 0, theme, listHeight: geo.toc!.listHeight });
    for (const section of model.sections) if (section.title) expect(joined(rows)).toContain(section.title);
    expect(rows.every((r) => !r.includes('…'))).toBe(true);
  });

  test("at 120x40 every speaker's full name can be read in the people pane, with the counts", () => {
    const rows = peopleRows({ people: model.people, width: geo.people!.width, focused: false, cursor: 0, speaker: null, theme, listHeight: 60 });
    const text = joined(rows);
    for (const person of model.people) expect(text, person.name).toContain(person.name);
    expect(text).toMatch(/Jens Stoltenberg \d+q \d+r/);
  });

  test('the panes stay within limits, and the reading pane keeps most of the screen', () => {
    const wide = paneWants({ ...model, sections: [{ title: 'x'.repeat(200), paragraphs: ['a'] }] });
    const g = geometry({ columns: 120, rows: 40 }, { tocHidden: false, peopleHidden: false, wants: wide });
    expect(g.toc!.width).toBeLessThanOrEqual(36);
    expect(g.reader.textWidth).toBeGreaterThanOrEqual(50);
  });

  test('new widths (the quotes came in) keep the text at the top of the pane', () => {
    const layouts = new ArticleLayouts(model);
    const reduce = createReducer({ layouts });
    const start = reduce(initialState({ size: { columns: 120, rows: 40 } }), { type: 'scroll', by: 20 });
    const top = (s: typeof start) => lineText(layouts.article, viewOf({ layouts }, s), s.scroll);
    const after = reduce(start, { type: 'wants', wants: paneWants(model) });
    expect(viewOf({ layouts }, after).width).not.toBe(viewOf({ layouts }, start).width);
    expect(top(start).startsWith(top(after).slice(0, 10)) || top(after).includes(top(start).split(' ')[0])).toBe(true);
  });
});
