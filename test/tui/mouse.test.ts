// Issue 12, feature 7, below the screen: mouse reports to actions by place.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { mouseAction, parseMouse } from '../../src/tui/mouse.js';
import { createReducer, initialState } from '../../src/tui/state.js';
import { paneWants } from '../../src/tui/pane-wants.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

const model = goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi');
const ctx = { layouts: new ArticleLayouts(model) };
const wide = initialState({ size: { columns: 120, rows: 40 }, wants: paneWants(model) });

describe('mouse reports', () => {
  test('SGR reports are parsed; anything else is not one', () => {
    expect(parseMouse('\u001b[<65;61;11M')).toEqual({ button: 65, x: 60, y: 10, press: true });
    expect(parseMouse('[<0;1;1m')).toEqual({ button: 0, x: 0, y: 0, press: false });
    expect(parseMouse('j')).toBeNull();
  });

  test('the wheel scrolls the pane under the pointer; a click picks the entry under it', () => {
    const at = (button: number, x: number, y: number) => mouseAction(ctx, wide, { button, x, y, press: true });
    expect(at(65, 60, 10)).toEqual({ type: 'scroll', by: 3 });
    expect(at(64, 60, 10)).toEqual({ type: 'scroll', by: -3 });
    expect(at(65, 2, 10)).toEqual({ type: 'mouseList', pane: 'toc', by: 1 });
    expect(at(0, 5, 4)).toEqual({ type: 'section', index: 2 });
    // Both rows of a wrapped title are the same entry.
    expect(at(0, 5, 5)).toEqual({ type: 'section', index: 2 });
    expect(at(0, 110, 3)).toEqual({ type: 'filter', speaker: 'Jen Psaki' });
    // (This model has people only: no heading row above them.) The pane's title row is no entry.
    expect(at(0, 110, 2)).toEqual({ type: 'filter', speaker: 'Jen Psaki' });
    expect(at(0, 110, 1)).toBeNull();
    expect(at(0, 60, 10)).toBeNull();
    const moved = createReducer(ctx)(wide, at(65, 110, 10)!);
    expect([moved.peopleCursor, moved.focus]).toEqual([1, 'reader']);
  });
});
