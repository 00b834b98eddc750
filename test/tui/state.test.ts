import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { lineText } from '../../src/layout/places.js';
import { currentSection, geometryOf, maxScroll, pageOf, viewOf } from '../../src/tui/selectors.js';
import { createReducer, initialState, type Action, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

const SLUG = 'voa-2022-02-04-white-house-putin-xi';

function setup(columns = 120, rows = 40, canGoBack = false) {
  const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, SLUG));
  const ctx = { layouts };
  const reduce = createReducer(ctx);
  const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(reduce, state);
  const state = initialState({ size: { columns, rows }, canGoBack });
  const top = (s: ReaderState) => lineText(layouts.article, viewOf(ctx, s), s.scroll);
  return { layouts, ctx, run, state, top };
}

describe('moving', () => {
  test('lines, pages and half pages, clamped at both ends', () => {
    const { run, state, ctx } = setup();
    const page = pageOf(state);
    expect(run(state, { type: 'scroll', by: 3 }).scroll).toBe(3);
    expect(run(state, { type: 'scroll', by: -3 }).scroll).toBe(0);
    expect(run(state, { type: 'page', by: 1 }).scroll).toBe(page);
    expect(run(state, { type: 'page', by: 1 }, { type: 'page', by: -1 }).scroll).toBe(0);
    expect(run(state, { type: 'halfPage', by: 1 }).scroll).toBe(Math.floor(page / 2));
    const view = viewOf(ctx, state);
    const bottom = run(state, { type: 'bottom' });
    expect(bottom.scroll).toBe(view.lineCount - page);
    expect(run(bottom, { type: 'page', by: 50 }).scroll).toBe(maxScroll(view, page));
    expect(run(bottom, { type: 'top' }).scroll).toBe(0);
  });

  test('a change that changes nothing returns the same state', () => {
    const { run, state } = setup();
    expect(run(state, { type: 'scroll', by: -1 })).toBe(state);
    expect(run(state, { type: 'top' })).toBe(state);
  });
});

describe('sections', () => {
  test('N puts the heading of section N at the top', () => {
    const { run, state, top } = setup();
    expect(top(run(state, { type: 'section', index: 2 }))).toBe('NATO welcomes more US troops');
    expect(top(run(state, { type: 'section', index: 3 }))).toBe('EU plans united response');
    expect(run(state, { type: 'section', index: 0 }).scroll).toBe(0);
  });

  test('] and [ step through sections from where the reader is', () => {
    const { run, state, top, ctx } = setup();
    const twice = run(state, { type: 'sectionStep', by: 1 }, { type: 'sectionStep', by: 1 });
    expect(top(twice)).toBe('NATO welcomes more US troops');
    expect(currentSection(viewOf(ctx, twice), twice.scroll)).toBe(2);
    expect(top(run(twice, { type: 'sectionStep', by: -1 }))).toBe('Escalating conflict');
    // From inside section 3, [ goes to its own heading first.
    const inside = run(twice, { type: 'scroll', by: 5 }, { type: 'sectionStep', by: -1 });
    expect(top(inside)).toBe('NATO welcomes more US troops');
  });

  test('a section that does not exist leaves a notice, not a move', () => {
    const { run, state } = setup();
    const next = run(state, { type: 'section', index: 8 });
    expect(next.scroll).toBe(0);
    expect(next.notice).toMatch(/no section 9/);
    expect(run(next, { type: 'scroll', by: 1 }).notice).toBeNull();
  });
});

describe('focus and panes', () => {
  test('Tab cycles the visible panes; hiding a pane skips it', () => {
    const { run, state } = setup();
    expect(run(state, { type: 'focus', by: 1 }).focus).toBe('people');
    expect(run(state, { type: 'focus', by: 1 }, { type: 'focus', by: 1 }).focus).toBe('toc');
    expect(run(state, { type: 'focus', by: -1 }).focus).toBe('toc');
    const noToc = run(state, { type: 'toggle', pane: 'toc' });
    expect(run(noToc, { type: 'focus', by: 1 }, { type: 'focus', by: 1 }).focus).toBe('reader');
  });

  test('hiding a pane widens the reader and keeps the same text at the top', () => {
    const { run, state, top } = setup();
    const reading = run(state, { type: 'section', index: 2 }, { type: 'scroll', by: 4 });
    const before = geometryOf(reading).reader.textWidth;
    const hidden = run(reading, { type: 'toggle', pane: 'people' });
    expect(geometryOf(hidden).reader.textWidth).toBeGreaterThan(before);
    // The line that now holds the text that was at the top is at the top.
    expect(top(hidden)).toContain(top(reading).split(' ')[0]);
    expect(top(hidden)).not.toBe(top(reading));
  });

  test('in the TOC, j/k move the selection and Enter jumps', () => {
    const { run, state, top } = setup();
    const toc = run(state, { type: 'focus', by: -1 });
    expect(toc.tocCursor).toBe(0);
    const moved = run(toc, { type: 'move', by: 1 }, { type: 'move', by: 1 }, { type: 'move', by: 5 });
    expect(moved.tocCursor).toBe(3);
    expect(moved.scroll).toBe(0);
    expect(top(run(moved, { type: 'move', by: -1 }, { type: 'activate' }))).toBe('NATO welcomes more US troops');
  });

  test('narrow terminals show side panes as overlays that Esc closes', () => {
    const { run, state } = setup(80, 30);
    expect(geometryOf(state).toc).toBeNull();
    const open = run(state, { type: 'toggle', pane: 'toc' });
    expect(open.overlay).toBe('toc');
    expect(open.focus).toBe('toc');
    const closed = run(open, { type: 'escape' });
    expect(closed.overlay).toBeNull();
    expect(closed.focus).toBe('reader');
    // Tab reaches the panes too, one overlay at a time.
    const tabbed = run(state, { type: 'focus', by: 1 });
    expect([tabbed.focus, tabbed.overlay]).toEqual(['toc', 'toc']);
    // Enter on an entry jumps and gives the reader back the screen.
    const jumped = run(tabbed, { type: 'move', by: 2 }, { type: 'activate' });
    expect([jumped.focus, jumped.overlay]).toEqual(['reader', null]);
  });

  test('a resize relays out and keeps the place; wide again drops the overlay', () => {
    const { run, state, top } = setup(120, 40);
    const reading = run(state, { type: 'section', index: 2 }, { type: 'scroll', by: 3 });
    const narrow = run(reading, { type: 'resize', size: { columns: 70, rows: 20 } });
    expect(top(narrow).split(' ')[0]).toBe(top(reading).split(' ')[0]);
    const overlay = run(narrow, { type: 'toggle', pane: 'people' });
    const wide = run(overlay, { type: 'resize', size: { columns: 120, rows: 40 } });
    expect(wide.overlay).toBeNull();
    expect(wide.focus).toBe('people');
  });
});

describe('speaker filter', () => {
  const stoltenberg = (s: ReturnType<typeof setup>) => s.layouts.model.people.findIndex((p) => p.name === 'Jens Stoltenberg');

  test('Enter on a person filters; Enter again restores the same place', () => {
    const s = setup();
    const reading = s.run(s.state, { type: 'section', index: 1 }, { type: 'scroll', by: 2 });
    const people = s.run(reading, { type: 'focus', by: 1 }, { type: 'move', by: stoltenberg(s) });
    const filtered = s.run(people, { type: 'activate' });
    expect(filtered.speaker).toBe('Jens Stoltenberg');
    expect(filtered.scroll).toBe(0);
    const back = s.run(filtered, { type: 'activate' });
    expect(back.speaker).toBeNull();
    expect(back.scroll).toBe(reading.scroll);
    expect(s.run(filtered, { type: 'escape' }).scroll).toBe(reading.scroll);
  });

  test('n/N step through the quotes, wrapping; clearing then shows that quote in the article', () => {
    const s = setup();
    const filtered = s.run(s.state, { type: 'filter', speaker: 'Jens Stoltenberg' });
    const count = s.layouts.quotesOf('Jens Stoltenberg').spans.length;
    expect(count).toBeGreaterThan(2);
    const first = s.run(filtered, { type: 'step', by: 1 });
    expect(first.quote).toBe(0);
    const last = s.run(first, { type: 'step', by: -1 });
    expect(last.quote).toBe(count - 1);
    expect(last.notice).toMatch(/wrapped/);
    const moved = s.run(last, { type: 'page', by: 1 });
    const top = s.top(moved);
    const cleared = s.run(moved, { type: 'escape' });
    expect(cleared.speaker).toBeNull();
    expect(s.top(cleared).slice(0, 10)).toBe(top.slice(0, 10));
  });

  test('a person with nothing in the text cannot be filtered to', () => {
    const s = setup();
    const next = s.run(s.state, { type: 'filter', speaker: 'Nobody Here' });
    expect(next.speaker).toBeNull();
    expect(next.notice).toMatch(/no quotes/);
  });
});

describe('search', () => {
  const search = (s: ReturnType<typeof setup>, state: ReaderState, text: string) =>
    s.run(state, { type: 'openSearch' }, { type: 'searchInput', text }, { type: 'runSearch' });

  test('the first match from the top, then n/N round the k matches', () => {
    const s = setup();
    const found = search(s, s.state, 'Belarus');
    expect(found.prompt).toBeNull();
    expect(found.query).toBe('Belarus');
    expect(found.match).toBe(0);
    const k = s.layouts.matchesIn(viewOf(s.ctx, found), 'Belarus').spans.length;
    let state = found;
    for (let i = 1; i < k; i++) state = s.run(state, { type: 'step', by: 1 });
    expect(state.match).toBe(k - 1);
    expect(s.run(state, { type: 'step', by: 1 }).match).toBe(0);
    expect(s.run(found, { type: 'step', by: -1 }).match).toBe(k - 1);
  });

  test('the match n goes to is on screen', () => {
    const s = setup(100, 14);
    let state = search(s, s.state, 'Belarus');
    for (let i = 0; i < 4; i++) {
      const view = viewOf(s.ctx, state);
      const line = s.layouts.matchesIn(view, 'Belarus').lineOf(state.match);
      expect(line).toBeGreaterThanOrEqual(state.scroll);
      expect(line).toBeLessThan(state.scroll + pageOf(state));
      state = s.run(state, { type: 'step', by: 1 });
    }
  });

  test('Esc cancels the prompt; not found leaves a notice; Esc clears the matches', () => {
    const s = setup();
    const cancelled = s.run(s.state, { type: 'openSearch' }, { type: 'searchInput', text: 'NATO' }, { type: 'cancelSearch' });
    expect(cancelled.prompt).toBeNull();
    expect(cancelled.query).toBeNull();
    const missing = search(s, s.state, 'zanzibar');
    expect(missing.query).toBeNull();
    expect(missing.notice).toBe('not found: zanzibar');
    const found = search(s, s.state, 'NATO');
    expect(s.run(found, { type: 'escape' }).query).toBeNull();
  });

  test('the prompt takes no control characters, and Backspace removes whole characters', () => {
    const s = setup();
    const typed = s.run(s.state, { type: 'openSearch' }, { type: 'searchInput', text: 'a\u001b[31mb😀' }, { type: 'searchBackspace' });
    expect(typed.prompt).toBe('ab');
  });
});

describe('leaving', () => {
  test('q closes, Ctrl-C quits, Esc goes back only when opened from the library', () => {
    const s = setup();
    expect(s.run(s.state, { type: 'close' }).exit).toBe('close');
    expect(s.run(s.state, { type: 'quit' }).exit).toBe('quit');
    expect(s.run(s.state, { type: 'escape' }).exit).toBeNull();
    const library = setup(120, 40, true);
    expect(library.run(library.state, { type: 'escape' }).exit).toBe('close');
  });
});

describe('the work a key costs', () => {
  test('no key lays the text out again; only a new width does', () => {
    const s = setup();
    let state = s.run(s.state, { type: 'scroll', by: 0 });
    const laidOut = s.layouts.layoutsComputed;
    const keys: Action[] = [
      { type: 'scroll', by: 1 },
      { type: 'page', by: 1 },
      { type: 'halfPage', by: -1 },
      { type: 'bottom' },
      { type: 'top' },
      { type: 'section', index: 2 },
      { type: 'sectionStep', by: 1 },
      { type: 'focus', by: 1 },
      { type: 'move', by: 1 },
      { type: 'openSearch' },
      { type: 'searchInput', text: 'NATO' },
      { type: 'runSearch' },
      { type: 'step', by: 1 },
      { type: 'escape' },
      { type: 'help' },
      { type: 'closeHelp' },
    ];
    for (const key of keys) state = s.run(state, key);
    expect(s.layouts.layoutsComputed).toBe(laidOut);
    state = s.run(state, { type: 'filter', speaker: 'Jens Stoltenberg' }, { type: 'scroll', by: 1 }, { type: 'step', by: 1 });
    expect(s.layouts.layoutsComputed).toBe(laidOut + 1);
    s.run(state, { type: 'clearFilter' }, { type: 'filter', speaker: 'Jens Stoltenberg' });
    expect(s.layouts.layoutsComputed).toBe(laidOut + 1);
  });
});
