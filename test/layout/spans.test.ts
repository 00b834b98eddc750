import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { buildModel } from '../../src/pipeline.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from './gold-model.js';

const seedText = readFileSync(SEED_ARTICLE, 'utf8');

describe('search matches', () => {
  test('every occurrence in the text shown, case-insensitive, in reading order', () => {
    const layouts = new ArticleLayouts(buildModel(seedText, 'text'));
    const view = layouts.view(60, null);
    const matches = layouts.matchesIn(view, 'belarus');
    const body = layouts.model.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(matches.spans.length).toBe(body.match(/belarus/gi)!.length);
    for (const m of matches.spans) expect(layouts.article.units[m.unit].text.slice(m.start, m.end).toLowerCase()).toBe('belarus');
    const lines = matches.spans.map((_, i) => matches.lineOf(i));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  test('the query is literal text, not a pattern', () => {
    const layouts = new ArticleLayouts(buildModel(seedText, 'text'));
    const view = layouts.view(60, null);
    expect(layouts.matchesIn(view, 'U.S.').spans.length).toBe(seedText.split('U.S.').length - 1);
    expect(layouts.matchesIn(view, '(WMD)').spans.length).toBe(0);
    expect(layouts.matchesIn(view, '.*').spans.length).toBe(0);
  });

  test('a filtered view searches only what it shows', () => {
    const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
    expect(layouts.matchesIn(layouts.view(60, 'Jen Psaki'), 'Belarus').spans.length).toBe(0);
    expect(layouts.matchesIn(layouts.view(60, 'Jens Stoltenberg'), 'Belarus').spans.length).toBe(1);
  });
});

describe('speaker spans', () => {
  test('quotes whose offsets the paragraph does not hold are clipped or left out', () => {
    const model: ArticleModel = {
      ...buildModel('Title\n\nShe said "yes" today.\n\nNothing.', 'text'),
      people: [{ name: 'A', role: null, type: 'person', quotes: 3, reported: 0 }],
      quotes: [
        { text: 'yes', speaker: 'A', speakers: ['A'], statement: null, kind: 'direct', section: 0, paragraph: 0, start: 10, end: 13 },
        { text: '?', speaker: 'A', speakers: ['A'], statement: null, kind: 'direct', section: 0, paragraph: 0, start: 100, end: 120 },
        { text: '?', speaker: 'A', speakers: ['A'], statement: null, kind: 'direct', section: 5, paragraph: 0, start: 0, end: 3 },
        { text: 'day.', speaker: 'A', speakers: ['A'], statement: null, kind: 'partial', section: 0, paragraph: 0, start: 17, end: 99 },
      ],
    };
    const layouts = new ArticleLayouts(model);
    const spans = layouts.quotesOf('A').spans;
    expect(spans.map((s) => layouts.article.units[s.unit].text.slice(s.start, s.end))).toEqual(['yes', 'day.']);
  });
});
