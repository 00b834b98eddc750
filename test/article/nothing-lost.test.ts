// No word of the input may be lost: every line of every article is in the
// model (title, header fields, section titles, paragraphs) or reported as
// boilerplate.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.js';
import { normalizeText, tidy } from '../../src/article/normalize.js';
import { join } from 'node:path';
import { HELDOUT_DIR, ROOT, listArticles, listGoldArticles } from '../helpers/articles.js';

const WORD = /[\p{L}\p{N}]+/gu;
// The words a byline spends on form rather than content: "By", "Written by", "Author:",
// "WRITER:", "Jane Roe in Stockholm", "Jane Roe at Wimbledon".
const FORM_WORDS = /^(?:by|written|authors?|writers?|reporters?|in|at)$/i;

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

// Every development set (never the blind ones, which are only scored as a whole).
const DEVELOPMENT = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12'].map((name) => join(ROOT, 'test', name));
const texts = [...listArticles(), ...[HELDOUT_DIR, ...DEVELOPMENT].flatMap((dir) => listGoldArticles(dir, dir))].map(({ slug, text }) => ({ slug, text }));

describe.each(texts)('$slug', ({ text }) => {
  const article = parseText(text);
  const kept = [
    article.title,
    article.byline,
    article.bylineNote,
    article.dateText,
    article.source,
    article.dateline,
    ...article.sections.flatMap((s) => [s.title, ...s.paragraphs]),
    ...article.boilerplate,
  ].filter((s): s is string => s !== null);

  it('keeps every input line somewhere in the model or the boilerplate', () => {
    const inputLines = normalizeText(text).split('\n').map(tidy).filter(Boolean);
    const missing = inputLines.filter((line) => !kept.some((k) => k.includes(line)));
    // Only header lines may be missing verbatim, and their words must be
    // the byline, its note, the date as printed, the source or the dateline.
    for (const line of missing) {
      const words = line.match(WORD) ?? [];
      const header = [article.byline, article.bylineNote, article.dateText, article.source, article.dateline].join(' ');
      for (const w of words) expect(FORM_WORDS.test(w) || header.includes(w), `${w} in "${line}"`).toBe(true);
    }
  });

  it('keeps every word as many times as the input has it', () => {
    const input = counts(normalizeText(text).match(WORD) ?? []);
    const model = counts(kept.join(' ').match(WORD) ?? []);
    for (const [word, n] of input) {
      if (FORM_WORDS.test(word)) continue;
      expect(model.get(word) ?? 0, word).toBeGreaterThanOrEqual(n);
    }
  });
});
