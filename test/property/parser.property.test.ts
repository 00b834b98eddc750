// Properties of the parsers on random and mutated articles: they never
// throw, never let a control character into the model, and the plain-text
// parser keeps every word of its input apart from the boilerplate it reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/model.js';
import { parseArticle } from '../../src/article/parse.js';
import type { Format } from '../../src/core/format.js';
import { parseByline, standaloneDateline } from '../../src/article/byline.js';
import { dateLine } from '../../src/article/dates.js';
import { normalizeText, tidy } from '../../src/article/normalize.js';
import { anyText, hostileArticle, markupSoup, mutatedArticle } from './arbitraries.js';

// Every C0 and C1 control but newline and tab, DEL, bidi overrides, and lone surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function strings(article: Article): string[] {
  return [
    article.title,
    article.byline,
    article.bylineNote,
    article.date,
    article.source,
    article.dateline,
    ...article.boilerplate,
    ...article.sections.flatMap((s) => [s.title, ...s.paragraphs]),
  ].filter((s): s is string => s !== null);
}

const FORMATS: Format[] = ['text', 'markdown', 'html'];

describe.each(FORMATS)('the %s parser', (format) => {
  it('never throws and never lets a control character through, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, markupSoup), (text) => {
        const article = parseArticle(text, format);
        for (const s of strings(article)) expect(FORBIDDEN.test(s), JSON.stringify(s)).toBe(false);
      }),
      { numRuns: format === 'html' ? 60 : 150 },
    );
  });

  // (Random inserts may split one sequence with another; the pieces left are
  // then plain text, and no control character survives.)
  it('never throws on real articles full of escape sequences, and lets no control through', () => {
    fc.assert(
      fc.property(hostileArticle, (text) => {
        for (const s of strings(parseArticle(text, format))) expect(FORBIDDEN.test(s), JSON.stringify(s)).toBe(false);
      }),
      { numRuns: format === 'html' ? 25 : 60 },
    );
  });
});

const WORD = /[\p{L}\p{N}]+/gu;

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.match(WORD) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** A line the header reads into fields (byline, date, dateline) rather than keeping as text. */
const isHeaderLine = (line: string) => parseByline(line) !== null || dateLine(line) !== null || standaloneDateline(line) !== null;

describe('the plain-text parser', () => {
  it('keeps every word of a mutated article, apart from header lines read into fields', () => {
    fc.assert(
      fc.property(mutatedArticle, (text) => {
        const article = parseArticle(text, 'text');
        const kept = counts(strings(article).join('\n'));
        const lines = normalizeText(text).split('\n').map(tidy);
        const input = counts(lines.filter((l) => !isHeaderLine(l)).join('\n'));
        for (const [word, n] of input) expect(kept.get(word) ?? 0, `"${word}"`).toBeGreaterThanOrEqual(n);
      }),
      { numRuns: 120 },
    );
  });

  it('reports as boilerplate only lines of the input', () => {
    fc.assert(
      fc.property(mutatedArticle, (text) => {
        const lines = new Set(normalizeText(text).split('\n').map(tidy));
        for (const line of parseArticle(text, 'text').boilerplate) expect(lines.has(line), line).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
