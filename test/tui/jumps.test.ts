// Issue 14, item 1: jumps that do not wait for the layout. On a long article
// (the bundled articles one after another, ten times), G, a section, a
// percentage, a mark and a search hit lay out only the sections they land
// in, counted, never timed; each shows what the whole layout shows there;
// scrolling up from the end lays out backwards, line for line as the whole
// layout; and the percentage is an estimate, and says so, until the lines are
// counted.
import { describe, expect, test } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import type { ViewLayout } from '../../src/layout/view.js';
import { readArticle, withoutQuotes } from '../../src/pipeline.js';
import { visibleLines } from '../../src/tui/components/reading-pane.js';
import { currentSection, pageOf, percentRead, viewOf } from '../../src/tui/selectors.js';
import { createReducer, initialState, type Action, type ReaderState } from '../../src/tui/state.js';
import { createTheme } from '../../src/tui/theme.js';
import { listArticles } from '../helpers/articles.js';
import { pressKeys } from './press-keys.js';

const articles = listArticles().map(({ text }) => withoutQuotes(readArticle(text)));
const long: ArticleModel = { ...articles[0], sections: Array.from({ length: 10 }, () => articles.flatMap((a) => a.sections)).flat() };
const SECTIONS = long.sections.length;
const NO_HIGHLIGHTS = { quotes: null, matches: null, current: null };
const theme = createTheme(false);

/** A reader on the long article, its first frame drawn; `whole`: with its layout finished first. */
function reader(whole = false) {
  const layouts = new ArticleLayouts(long);
  const ctx = { layouts };
  const reduce = createReducer(ctx);
  const keys = pressKeys(layouts);
  const run = (s: ReaderState, ...actions: Action[]) => actions.reduce(reduce, s);
  const view = (s: ReaderState): ViewLayout => viewOf(ctx, s);
  const matches = (s: ReaderState) => (s.query === null ? null : layouts.matchesIn(view(s), s.query));
  const screen = (s: ReaderState) =>
    visibleLines({ article: layouts.article, view: view(s), scroll: s.scroll, highlights: { ...NO_HIGHLIGHTS, matches: matches(s) }, theme }, pageOf(s));
  const state = initialState({ size: { columns: 120, rows: 40 } });
  if (whole) view(state).finish();
  screen(state);
  return { layouts, keys, run, view, screen, state };
}

/** The sections of the lines a frame at `s` looks at in a whole layout: the page, and the line below it. */
function pageSections(whole: ReturnType<typeof reader>, s: ReaderState): number[] {
  const view = whole.view(s);
  const sections = new Set<number>();
  for (let pos = s.scroll, n = 0; pos >= 0 && n <= pageOf(s); pos = view.next(pos), n++) sections.add(view.sectionOf(pos));
  return [...sections];
}

/** Sections laid out by `then`, beyond those laid out before it. */
function laidBy(view: ViewLayout, then: () => void): number[] {
  const before = new Set(view.laidOutSections());
  then();
  return view.laidOutSections().filter((s) => !before.has(s));
}

describe('a short article', () => {
  test('is laid out whole with its first frame: its percentage is never an estimate', () => {
    const layouts = new ArticleLayouts(articles[0]);
    const state = initialState({ size: { columns: 120, rows: 40 } });
    const view = viewOf({ layouts }, state);
    visibleLines({ article: layouts.article, view, scroll: state.scroll, highlights: NO_HIGHLIGHTS, theme }, pageOf(state));
    expect(view.complete).toBe(true);
    expect(percentRead(view, state.scroll, pageOf(state)).exact).toBe(true);
  });
});

describe('jumps on a long article', () => {
  test('the first frame lays out the first section only', () => {
    const { view, state } = reader();
    expect(view(state).laidOutSections()).toEqual([0]);
    expect(SECTIONS).toBeGreaterThan(300);
  });

  test('G lays out the end and the page above it, shows what the whole layout shows, and the percentage is marked estimated till counted', () => {
    const fresh = reader();
    const whole = reader(true);
    let end = fresh.state;
    const laid = laidBy(fresh.view(end), () => (end = fresh.keys(fresh.state, 'G')));
    const wholeEnd = whole.keys(whole.state, 'G');
    expect(fresh.screen(end)).toEqual(whole.screen(wholeEnd));
    expect(laid.sort((a, b) => a - b)).toEqual(pageSections(whole, wholeEnd).sort((a, b) => a - b));
    expect(laid.every((s) => s >= SECTIONS - 3)).toBe(true);
    expect(currentSection(fresh.view(end), end.scroll, pageOf(end))).toBe(currentSection(whole.view(wholeEnd), wholeEnd.scroll, pageOf(wholeEnd)));
    // Until the idle layout has counted the lines, the percentage is an estimate; then it is exact.
    const page = pageOf(end);
    expect(percentRead(fresh.view(end), end.scroll, page)).toEqual({ percent: 100, exact: false });
    fresh.view(end).finish();
    expect(percentRead(fresh.view(end), end.scroll, page)).toEqual({ percent: 100, exact: true });
    // Counted, the place has exact line numbers: = says what the whole layout says.
    expect(fresh.keys(end, '=').notice).toBe(whole.keys(wholeEnd, '=').notice);
  });

  test('a section, ] and [ lay out the sections they land in and show what the whole layout shows', () => {
    const fresh = reader();
    const whole = reader(true);
    const middle = Math.floor(SECTIONS / 2);
    let s = fresh.state;
    let w = whole.state;
    const steps: Action[] = [
      { type: 'section', index: middle },
      { type: 'sectionStep', by: 1 },
      { type: 'sectionStep', by: -1 },
      { type: 'sectionStep', by: -1 },
    ];
    for (const action of steps) {
      const laid = laidBy(fresh.view(s), () => (s = fresh.run(s, action)));
      w = whole.run(w, action);
      expect(fresh.screen(s)).toEqual(whole.screen(w));
      expect(s.tocCursor).toBe(w.tocCursor);
      // Nothing above the landing page is laid out, bar the heading a step back to the section's own start needs.
      for (const section of laid) expect(pageSections(whole, w)).toContain(section);
      if (action.type === 'section') expect(laid).toContain(middle);
    }
    expect(s.tocCursor).toBe(middle - 1);
    expect(fresh.view(s).laidOutSections().length).toBeLessThan(8);
  });

  test('a percentage lays out the section it is estimated to fall in, near the true place; exact once counted', () => {
    const fresh = reader();
    const whole = reader(true);
    const half = fresh.run(fresh.state, { type: 'goPercent', percent: 50 });
    const view = fresh.view(half);
    expect(view.laidOutSections().length).toBeLessThan(5);
    expect(view.lineNumber(half.scroll).exact).toBe(false);
    const total = whole.view(whole.state).lineCount;
    view.finish();
    expect(Math.abs(view.lineNumber(half.scroll).line - Math.floor(total / 2)) / total).toBeLessThan(0.02);
    // With the lines counted, 50% is the very line the whole layout goes to.
    const again = fresh.run(half, { type: 'top' }, { type: 'goPercent', percent: 50 });
    expect(fresh.screen(again)).toEqual(whole.screen(whole.run(whole.state, { type: 'goPercent', percent: 50 })));
  });

  test('a mark is found in a view of another width by laying out its own section there', () => {
    const fresh = reader();
    const whole = reader(true);
    const middle = Math.floor(SECTIONS / 3);
    const narrower = { type: 'resize', size: { columns: 100, rows: 30 } } as const;
    const marked = (r: typeof fresh) => r.keys(r.run(r.state, { type: 'section', index: middle }, { type: 'scroll', by: 7 }), 'm', 'a', 'G');
    let s = fresh.run(marked(fresh), narrower);
    // The other width: laid out afresh; its whole layout, for comparison.
    whole.view(whole.run(whole.state, narrower)).finish();
    const w = whole.keys(whole.run(marked(whole), narrower), "'", 'a');
    const laid = laidBy(fresh.view(s), () => (s = fresh.keys(s, "'", 'a')));
    expect(fresh.screen(s)).toEqual(whole.screen(w));
    expect(laid.sort((a, b) => a - b)).toEqual(pageSections(whole, w).sort((a, b) => a - b));
    expect(laid).toContain(middle);
  });

  test('a search hit lays out the section of the hit, and counts every match', () => {
    const fresh = reader();
    const whole = reader(true);
    const from = Math.floor(SECTIONS / 2);
    const search = (r: typeof fresh) => r.keys(r.run(r.state, { type: 'section', index: from }), '/', ...'Streatham', 'enter');
    let s = fresh.state;
    const laid = laidBy(fresh.view(s), () => (s = search(fresh)));
    const w = search(whole);
    expect(s.match).toBe(w.match);
    expect(fresh.layouts.matchesIn(fresh.view(s), 'Streatham').spans.length).toBe(whole.layouts.matchesIn(whole.view(w), 'Streatham').spans.length);
    expect(fresh.screen(s)).toEqual(whole.screen(w));
    expect(fresh.screen(s).join('\n')).toContain('Streatham');
    expect(laid.length).toBeLessThan(6);
    for (const section of laid) expect(section).toBeGreaterThanOrEqual(from - 1);
  });

  test('scrolling up from the end lays out backwards, line for line as the whole layout, across sections', () => {
    const fresh = reader();
    const whole = reader(true);
    let s = fresh.keys(fresh.state, 'G');
    let w = whole.keys(whole.state, 'G');
    const startSection = currentSection(fresh.view(s), s.scroll);
    let crossed = 0;
    for (let i = 0; crossed < 4; i++) {
      const before = currentSection(fresh.view(s), s.scroll);
      s = fresh.keys(s, 'k');
      w = whole.keys(w, 'k');
      expect(fresh.screen(s), `after ${i + 1} lines up`).toEqual(whole.screen(w));
      if (currentSection(fresh.view(s), s.scroll) !== before) crossed++;
    }
    for (let i = 0; i < 6; i++) {
      s = fresh.keys(s, 'b');
      w = whole.keys(w, 'b');
      expect(fresh.screen(s), `after ${i + 1} pages up`).toEqual(whole.screen(w));
      expect(currentSection(fresh.view(s), s.scroll)).toBe(currentSection(whole.view(w), w.scroll));
    }
    // And back down, over the same boundaries.
    for (let i = 0; i < 6; i++) {
      s = fresh.keys(s, 'space');
      w = whole.keys(w, 'space');
      expect(fresh.screen(s), `after ${i + 1} pages down`).toEqual(whole.screen(w));
    }
    // Only the sections scrolled through were laid out, besides the first.
    const laid = fresh.view(s).laidOutSections();
    expect(laid[0]).toBe(0);
    expect(Math.min(...laid.slice(1))).toBeGreaterThanOrEqual(currentSection(whole.view(w), w.scroll) - 12);
    expect(startSection).toBeGreaterThan(SECTIONS - 3);
  });
});
