// Every gold file drives the structural checks of the plain-text parser:
// title, byline, date, sections, paragraph count and boilerplate.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.js';
import { clean } from '../../scripts/eval/structure.js';
import { DEV_DIR, DEV2_DIR, DEV3_DIR, DEV4_DIR, DEV5_DIR, HELDOUT_DIR, listGoldArticles } from '../helpers/articles.js';

const sets = [
  ...listGoldArticles(),
  ...listGoldArticles(HELDOUT_DIR, HELDOUT_DIR),
  ...[DEV_DIR, DEV2_DIR, DEV3_DIR, DEV4_DIR, DEV5_DIR].flatMap((dir) => listGoldArticles(dir, dir)),
];

describe.each(sets)('$slug', ({ text, gold }) => {
  const article = parseText(text);
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);

  it('finds the title, byline and date', () => {
    expect(article.title).toBe(clean(gold.title));
    expect(article.byline).toBe(gold.byline);
    expect(article.date).toBe(gold.date);
  });

  it('finds the sections in order', () => {
    expect(article.sections.map((s) => s.title)).toEqual(gold.sections.map(clean));
  });

  it('keeps every body paragraph and nothing else', () => {
    expect(paragraphs).toHaveLength(gold.paragraphs);
    for (const line of gold.boilerplate) expect(paragraphs).not.toContain(clean(line));
  });

  it('reports the boilerplate lines', () => {
    expect(article.boilerplate).toEqual(gold.boilerplate.map(clean));
  });

  it('keeps the opening words of every reported-speech paragraph at a paragraph start', () => {
    for (const r of gold.reported) {
      expect(paragraphs.some((p) => p.startsWith(clean(r.paragraph)!))).toBe(true);
    }
  });
});
