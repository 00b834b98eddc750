// The fast path the bundle puts before every string-width call must give
// string-width's own answer whenever it answers at all, for both versions
// of string-width the bundle carries (Ink's wrap-ansi has its own).
import fc from 'fast-check';
import stringWidth8 from 'string-width';
import { describe, expect, test } from 'vitest';
import stringWidth7 from '../../node_modules/ink/node_modules/wrap-ansi/node_modules/string-width/index.js';
import { simpleCodePoints, simpleWidth } from '../../src/layout/width.js';
import { listArticles } from '../helpers/articles.js';

const versions = [
  ['string-width 8', stringWidth8],
  ['string-width 7', stringWidth7 as typeof stringWidth8],
] as const;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemeCount = (text: string) => [...segmenter.segment(text)].length;

describe('simpleWidth', () => {
  const points = simpleCodePoints();

  test('covers ASCII, Latin, Greek, Cyrillic, punctuation and box drawing', () => {
    for (const c of 'aZ~ éßŁ ΩЖ –—‘’“”…•€ │─╭▸●▏·§›') expect(points, c).toContain(c.codePointAt(0));
    expect(points.length).toBeGreaterThan(2400);
  });

  test('counts one column for each character it knows, as string-width does; each stands alone, in NFC', () => {
    for (const p of points) {
      const c = String.fromCodePoint(p);
      for (const [name, width] of versions) expect(width(c), `${name}: U+${p.toString(16)}`).toBe(1);
      // Never joined to a neighbour: not a mark, joiner, prefix, Hangul jamo or regional indicator.
      expect(graphemeCount(`a${c}a`), `U+${p.toString(16)}`).toBe(3);
      expect(graphemeCount(`${c}${c}`), `U+${p.toString(16)}`).toBe(2);
      // Unchanged by NFC, which wrap-ansi applies before it wraps.
      expect(c.normalize(), `U+${p.toString(16)}`).toBe(c);
    }
  });

  test('leaves to string-width what it does not know', () => {
    for (const text of ['中', '😀', 'e\u0301', 'a\u200db', '\u00ad', '\t', '\u001b[1;2', '\u001b]8;;x\u0007', '\u009b1m', '\u00a9']) {
      expect(simpleWidth(text), JSON.stringify(text)).toBe(-1);
    }
    expect(simpleWidth('a', { ambiguousIsNarrow: false })).toBe(-1);
    expect(simpleWidth('\u001b[1ma', { countAnsiEscapeCodes: true })).toBe(-1);
  });

  test('agrees with string-width on random text, colour codes and all', () => {
    const known = fc.constantFrom(...points.slice(0, 400), ...points.slice(-400)).map((p) => String.fromCodePoint(p));
    const other = fc.constantFrom('中', '😀', 'e\u0301', '\u0301', '\u200d', '\u001b', '\u001b[', '\u001b[12345m', '\u001b[;1m', '\u0007', '\u00a0', '\u2028');
    const code = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 }).map((n) => `\u001b[${n.join(';')}m`);
    const text = fc.array(fc.oneof({ weight: 8, arbitrary: known }, { weight: 2, arbitrary: code }, { weight: 1, arbitrary: other }), { maxLength: 30 });
    fc.assert(
      fc.property(text, fc.boolean(), (parts, countCodes) => {
        const s = parts.join('');
        const options = countCodes ? { countAnsiEscapeCodes: true } : undefined;
        const fast = simpleWidth(s, options);
        if (fast >= 0) for (const [, width] of versions) expect(width(s, options)).toBe(fast);
      }),
      { numRuns: 2000 },
    );
  });

  test('answers for nearly every paragraph of the articles, as string-width does', () => {
    let answered = 0;
    let total = 0;
    for (const { text } of listArticles()) {
      for (const line of text.split('\n')) {
        total++;
        const fast = simpleWidth(line);
        if (fast < 0) continue;
        answered++;
        expect(fast).toBe(stringWidth8(line));
      }
    }
    expect(answered / total).toBeGreaterThan(0.95);
  });
});
