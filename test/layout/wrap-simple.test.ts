// The fast wrap must break exactly where wrap-ansi breaks, or not answer.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { wrapAnsiRanges, wrapRanges } from '../../src/layout/wrap.js';
import { isSimpleText } from '../../src/layout/wrap-simple.js';
import { simpleCodePoints } from '../../src/layout/width.js';
import { HELDOUT_DIR, listArticles } from '../helpers/articles.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function paragraphs(text: string): string[] {
  const a = parseArticle(text);
  return [a.title, a.byline, ...a.sections.flatMap((s) => [s.title, ...s.paragraphs])].filter((p): p is string => !!p);
}

describe('the fast wrap', () => {
  test("gives wrap-ansi's lines for every paragraph of every article, at every width from 1 to 120", () => {
    const texts = [
      ...listArticles().map((a) => a.text),
      ...readdirSync(HELDOUT_DIR)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(HELDOUT_DIR, f), 'utf8')),
    ];
    let simple = 0;
    let total = 0;
    for (const text of texts) {
      for (const p of paragraphs(text)) {
        total++;
        if (!isSimpleText(p)) continue;
        simple++;
        for (let width = 1; width <= 120; width += width < 12 ? 1 : 7) expect(wrapRanges(p, width), `${width}: ${p}`).toEqual(wrapAnsiRanges(p, width));
      }
    }
    // The fast path is the common one.
    expect(simple / total).toBeGreaterThan(0.9);
  });

  test("gives wrap-ansi's lines on random text: runs of spaces, long words, tabs, any known character", () => {
    const points = simpleCodePoints();
    const char = fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom('a', 'b', 'c', 'é', '—', '’', '.', ',') },
      { weight: 4, arbitrary: fc.constant(' ') },
      { weight: 1, arbitrary: fc.constantFrom('\t', '\r') },
      { weight: 1, arbitrary: fc.constantFrom(...points).map((p) => String.fromCharCode(p)) },
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (chars, width) => {
        const text = chars.join('');
        if (isSimpleText(text)) expect(wrapRanges(text, width)).toEqual(wrapAnsiRanges(text, width));
      }),
      { numRuns: 3000 },
    );
  });

  test('leaves to wrap-ansi the text it cannot vouch for', () => {
    for (const text of ['中文', 'e\u0301', '😀 ok', 'a\nb', 'Ω ohm \u2126', '\u001b[1m']) expect(isSimpleText(text), JSON.stringify(text)).toBe(false);
    expect(wrapRanges('中文字 ok', 4)).toEqual(wrapAnsiRanges('中文字 ok', 4));
  });
});
