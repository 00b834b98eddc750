// A view laid out a little at a time gives exactly the lines of one laid
// out at once, and the reader's per-frame questions (the lines on screen,
// the current section, how far it may scroll) are answered without laying
// out the rest.
import { describe, expect, test } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { anchorAt, GAP, layoutView, lineOf, type ViewLayout } from '../../src/layout/view.js';
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

/** Every line read as soon as it is laid out, the view advancing a few characters at a time. */
function readWhileLayingOut(view: ViewLayout): { lines: number[][]; sections: number[] } {
  const lines: number[][] = [];
  const sections: number[] = [];
  for (;;) {
    for (let l = lines.length; l < view.ready; l++) lines.push([view.unitOf(l), view.startOf(l), view.endOf(l)]);
    if (!view.step(97)) break;
  }
  for (let l = lines.length; l < view.ready; l++) lines.push([view.unitOf(l), view.startOf(l), view.endOf(l)]);
  for (let l = 0; l < view.ready; l++) sections.push(view.sectionOf(l));
  return { lines, sections };
}

const articles = listArticles().map(({ slug, text }) => ({ slug, model: buildModel(text) }));

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
    for (const { slug, model } of articles) {
      const layouts = new ArticleLayouts(model);
      const speaker = model.people[0]?.name ?? null;
      const variants = [fullItems(layouts.article), ...(speaker ? [filteredItems(layouts.article, layouts.quotesOf(speaker).byUnit.keys())] : [])];
      for (const items of variants) {
        for (const width of [17, 63]) {
          const whole = layoutView(layouts.article, items, width).finish();
          const progressive = readWhileLayingOut(layoutView(layouts.article, items, width));
          expect(progressive.lines, slug).toEqual(reference(layouts, items, width));
          expect(progressive.lines.length).toBe(whole.lineCount);
          expect(progressive.sections).toEqual(Array.from(whole.lineSection));
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
    expect(view.ready).toBeLessThan(page + 20);
    // Keeping the place across a resize finds the text at the top without laying out the rest.
    const wider = new ArticleLayouts(long).view(90, null);
    const anchor = anchorAt(view, 10)!;
    const line = lineOf(wider, anchor.unit, anchor.offset);
    expect(wider.complete).toBe(false);
    expect(wider.startOf(line)).toBeLessThanOrEqual(anchor.offset);
    expect(wider.endOf(line)).toBeGreaterThan(anchor.offset);
    // Estimated from the lines so far: near the truth, and the truth once laid out.
    const estimate = view.estimatedLines();
    expect(Math.abs(estimate - view.lineCount) / view.lineCount).toBeLessThan(0.1);
    expect(view.estimatedLines()).toBe(view.lineCount);
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
      expect(currentSection(other, line)).toBe(whole.lineSection[line]);
    }
    const done = new ArticleLayouts(model).view(50, null).finish();
    expect(percentRead(done, 0, page)).toBe(Math.round((page / whole.lineCount) * 100));
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
