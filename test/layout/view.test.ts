import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { anchorAt, lineOf, lineText } from '../../src/layout/places.js';
import { GAP } from '../../src/layout/view.js';
import { buildModel } from '../../src/pipeline.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from './gold-model.js';

const seed = () => buildModel(readFileSync(SEED_ARTICLE, 'utf8'), 'text');
const seedGold = () => goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi');

describe('full view', () => {
  test('header, then each section from its heading, every paragraph once', () => {
    const layouts = new ArticleLayouts(seed());
    const view = layouts.view(30, null);
    const { article } = layouts;
    expect(lineText(article, view, 0)).toBe('White House Dismissive of');
    expect(lineText(article, view, 1)).toBe('Putin - Xi Meeting');
    expect(lineText(article, view, 2)).toBe('By Patsy Widakuswara');
    expect(lineText(article, view, view.sectionStart(2))).toBe('NATO welcomes more US troops');
    expect(view.sections).toEqual([0, 1, 2, 3]);
    // The untitled first section starts at the top, with the header.
    expect(view.sectionStart(0)).toBe(0);
    const text = Array.from({ length: view.lineCount }, (_, l) => lineText(article, view, l)).join(' ');
    for (const p of parseArticle(readFileSync(SEED_ARTICLE, 'utf8')).sections.flatMap((s) => s.paragraphs)) {
      expect(text.replace(/\s+/g, ' ')).toContain(p);
    }
  });

  test('each line knows its section; blank lines belong to the section above', () => {
    const layouts = new ArticleLayouts(seed());
    const view = layouts.view(60, null);
    for (let s = 0; s < 4; s++) {
      const from = view.sectionStart(s);
      expect(view.sectionOf(from)).toBe(s);
      if (from > 0) expect(view.sectionOf(from - 1)).toBe(s - 1);
    }
    expect(view.unitOf(view.lineCount - 1)).not.toBe(GAP);
  });

  test('a place survives re-wrapping: the anchor finds the same text at another width', () => {
    const layouts = new ArticleLayouts(seed());
    const narrow = layouts.view(30, null);
    const wide = layouts.view(90, null);
    for (const line of [5, 40, 77, narrow.lineCount - 1]) {
      const anchor = anchorAt(narrow, line);
      expect(anchor).not.toBeNull();
      const at = lineOf(wide, anchor!.unit, anchor!.offset);
      const unitText = layouts.article.units[anchor!.unit].text;
      // The wide line holds the character the narrow line started with.
      expect(wide.startOf(at)).toBeLessThanOrEqual(anchor!.offset);
      expect(wide.endOf(at)).toBeGreaterThan(anchor!.offset);
      expect(unitText.slice(wide.startOf(at), wide.endOf(at))).toContain(unitText.slice(anchor!.offset, anchor!.offset + 3));
    }
  });
});

describe('filtered view', () => {
  test('only the paragraphs that hold the speaker, under their headings', () => {
    const layouts = new ArticleLayouts(seedGold());
    const view = layouts.view(70, 'Jens Stoltenberg');
    const text = Array.from({ length: view.lineCount }, (_, l) => lineText(layouts.article, view, l)).join('\n');
    expect(text).toContain('NATO welcomes more US troops');
    expect(text).toContain('This is the biggest Russian deployment there since the Cold War');
    expect(text).not.toContain('Psaki');
    expect(text).not.toContain('Escalating conflict');
    expect(view.sections).toEqual([2]);
    // Every paragraph shown holds a quote of his.
    const spans = layouts.quotesOf('Jens Stoltenberg');
    for (let l = 0; l < view.lineCount; l++) {
      const unit = view.unitOf(l);
      if (unit !== GAP && layouts.article.units[unit].kind === 'paragraph') expect(spans.byUnit.has(unit)).toBe(true);
    }
  });

  test('one layout per (width, speaker): asking again wraps nothing', () => {
    const layouts = new ArticleLayouts(seedGold());
    layouts.view(70, null);
    layouts.view(70, 'Jens Stoltenberg');
    layouts.view(70, null);
    layouts.view(70, 'Jens Stoltenberg');
    expect(layouts.layoutsComputed).toBe(2);
    layouts.view(71, null);
    expect(layouts.layoutsComputed).toBe(3);
  });
});
