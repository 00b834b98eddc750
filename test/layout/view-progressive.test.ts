// A view laid out a little at a time, in any order, gives exactly the lines
// of one laid out at once, and the reader's per-frame questions (the lines on
// screen, the current section, how far it may scroll) are answered without
// laying out the rest.
import { describe, expect, test } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { anchorAt, lineOf } from '../../src/layout/places.js';
import { GAP, layoutView, type ViewLayout } from '../../src/layout/view.js';
import { filteredItems, fullItems } from '../../src/layout/views.js';
import { wrapRanges } from '../../src/layout/wrap.js';
import { buildModel } from '../../src/pipeline.js';
import { clampScroll, currentSection, maxScroll, percentRead } from '../../src/tui/selectors.js';
import { listArticles } from '../helpers/articles.js';

/** The lines of a view by the plain rule: each unit wrapped, one blank line per gap, none at the end. */
function reference(layouts: ArticleLayouts, items: readonly number[], width: number): number[][] {
  const lines: number[][] = [];
  for (const item of items) {
    if (item === GAP) lines.push([GAP, 0, 0]);
    else for (const r of wrapRanges(layouts.article.units[item].text, width)) lines.push([item, r.start, r.end]);
  }
  while (lines.length > 0 && lines[lines.length - 1][0] === GAP) lines.pop();
  return lines;
}

/** Every line and its section, from the top, line after line. */
function readAll(view: ViewLayout): { lines: number[][]; sections: number[]; rising: boolean; last: number } {
  const lines: number[][] = [];
  const sections: number[] = [];
  let rising = true;
  let last = -1;
  for (let pos = view.first(); pos >= 0 && view.has(pos); pos = view.next(pos)) {
    rising &&= pos > last;
    last = pos;
    lines.push([view.unitOf(pos), view.startOf(pos), view.endOf(pos)]);
    sections.push(view.sectionOf(pos));
  }
  return { lines, sections, rising, last };
}

/** The view laid out as jumps would: the end first, then sections from the last one up, then the rest a little at a time. */
function jumpAround(view: ViewLayout): ViewLayout {
  view.last();
  for (const s of [...view.sections].reverse()) view.sectionStart(s);
  while (view.step());
  return view;
}

const articles = listArticles().map(({ slug, text }) => ({ slug, model: buildModel(text) }));
/** The articles one after another, three times: long enough that a jump lays out its chunks apart from the top. */
const allArticles = { ...articles[0].model, sections: Array.from({ length: 3 }, () => articles.flatMap((a) => a.model.sections)).flat() };

describe('the items of the whole view', () => {
  test('are the header, then each heading and paragraph in order, a blank line between blocks', () => {
    for (const { model } of articles) {
      const { article } = new ArticleLayouts(model);
      const blocks = [article.header, ...article.paragraphUnit.flatMap((units, s) => [[article.headingUnit[s]], ...units.map((u) => [u])])];
      const expected = blocks.filter((b) => b.length > 0 && b[0] !== -1).flatMap((b, i) => (i === 0 ? b : [GAP, ...b]));
      expect(fullItems(article)).toEqual(expected);
    }
  });
});

describe('progressive layout', () => {
  test('gives the lines and sections of the whole layout, for every article, whole and filtered', () => {
    for (const { slug, model } of [...articles, { slug: 'all articles, three times', model: allArticles }]) {
      const layouts = new ArticleLayouts(model);
      const speaker = model.people[0]?.name ?? null;
      const variants = [fullItems(layouts.article), ...(speaker ? [filteredItems(layouts.article, layouts.quotesOf(speaker).byUnit.keys())] : [])];
      for (const items of variants) {
        for (const width of model === allArticles ? [63] : [17, 63]) {
          const whole = layoutView(layouts.article, items, width).finish();
          const wholeSections = Array.from({ length: whole.lineCount }, (_, l) => whole.sectionOf(l));
          const expected = reference(layouts, items, width);
          const jumped = readAll(jumpAround(layoutView(layouts.article, items, width)));
          for (const progressive of [readAll(layoutView(layouts.article, items, width)), jumped]) {
            expect(progressive.lines, slug).toEqual(expected);
            expect(progressive.sections).toEqual(wholeSections);
            // Positions rise with the text, wherever the layout began.
            expect(progressive.rising).toBe(true);
          }
          expect(expected.length).toBe(whole.lineCount);
          // Laid out from the end first, a long view's positions leave room between its chunks; a short one's are its line numbers.
          if (model === allArticles && items.length > 1000) expect(jumped.last).toBeGreaterThan(whole.lineCount - 1);
          else expect(jumped.last).toBe(whole.lineCount - 1);
        }
      }
    }
  });

  test('the first screen of a long article lays out little more than the screen', () => {
    // The articles one after another, as a very long article.
    const long = { ...articles[0].model, sections: Array.from({ length: 6 }, () => articles.flatMap((a) => a.model.sections)).flat() };
    const view = new ArticleLayouts(long).view(70, null);
    const page = 38;
    expect(currentSection(view, 0)).toBe(0);
    expect(clampScroll(view, page, 3)).toBe(3);
    view.ensureLines(page);
    expect(view.complete).toBe(false);
    expect(view.laidOutSections()).toEqual([0]);
    // Keeping the place across a resize finds the text at the top without laying out the rest.
    const wider = new ArticleLayouts(long).view(90, null);
    const anchor = anchorAt(view, 10)!;
    const line = lineOf(wider, anchor.unit, anchor.offset);
    expect(wider.complete).toBe(false);
    expect(wider.startOf(line)).toBeLessThanOrEqual(anchor.offset);
    expect(wider.endOf(line)).toBeGreaterThan(anchor.offset);
    // Estimated from the lines so far: near the truth, and the truth once laid out.
    const estimate = view.totalLines();
    expect(estimate.exact).toBe(false);
    expect(Math.abs(estimate.line - view.lineCount) / view.lineCount).toBeLessThan(0.1);
    expect(view.totalLines()).toEqual({ line: view.lineCount, exact: true });
  });

  test('scrolling limits, sections and percentages agree with the whole layout wherever the layout stands', () => {
    const model = longArticle(300);
    const whole = new ArticleLayouts(model).view(50, null).finish();
    const page = 30;
    for (const target of [0, 7, 400, whole.lineCount - page - 1, whole.lineCount - page, whole.lineCount + 50]) {
      const fresh = new ArticleLayouts(model).view(50, null);
      expect(clampScroll(fresh, page, target), `scroll to ${target}`).toBe(Math.max(0, Math.min(maxScroll(whole, page), target)));
      const other = new ArticleLayouts(model).view(50, null);
      const line = Math.min(target, whole.lineCount - 1);
      expect(currentSection(other, line)).toBe(whole.sectionOf(line));
    }
    const done = new ArticleLayouts(model).view(50, null).finish();
    expect(percentRead(done, 0, page)).toEqual({ percent: Math.round((page / whole.lineCount) * 100), exact: true });
  });
});

const PARAGRAPH =
  'The committee said on Tuesday that the hearings would continue into the next month, and that witnesses from ' +
  'both agencies had agreed to appear, although the schedule depended on the outcome of talks still under way.';

function longArticle(paragraphs: number): ArticleModel {
  const model = buildModel('A long report\n\nBy A Writer\n\nText.', 'text');
  return {
    ...model,
    sections: Array.from({ length: Math.ceil(paragraphs / 25) }, (_, s) => ({
      title: s === 0 ? null : `Part ${s + 1}`,
      paragraphs: Array.from({ length: 25 }, (_, p) => `${PARAGRAPH.slice(0, 60 + ((s * 25 + p) % 140))}.`),
    })),
  };
}
