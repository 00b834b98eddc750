import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { wrapRanges } from '../../src/layout/wrap.js';
import { listArticles } from '../helpers/articles.js';
import { parseArticle } from '../../src/article/parse.js';

const lines = (text: string, width: number) => wrapRanges(text, width).map((r) => text.slice(r.start, r.end));

describe('wrapRanges', () => {
  test('every line of every article fits, and no word that fits is broken', () => {
    for (const { text } of listArticles()) {
      for (const paragraph of parseArticle(text).sections.flatMap((s) => s.paragraphs)) {
        for (const width of [23, 71]) {
          const out = lines(paragraph, width);
          for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(width);
          // Only whitespace falls between lines: nothing is lost or repeated.
          const ranges = wrapRanges(paragraph, width);
          ranges.forEach((r, i) => expect(paragraph.slice(i === 0 ? 0 : ranges[i - 1].end, r.start).trim()).toBe(''));
          expect(ranges[ranges.length - 1].end).toBe(paragraph.length);
          const fitting = paragraph.split(' ').filter((w) => stringWidth(w) <= width);
          const shown = new Set(out.flatMap((l) => l.split(' ')));
          for (const word of fitting) expect(shown.has(word)).toBe(true);
        }
      }
    }
  });

  test('CJK text counts two columns a character and breaks between characters', () => {
    const text = '中华人民共和国今天宣布了一项新的政策';
    const out = lines(text, 12);
    expect(out[0]).toBe('中华人民共和');
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(12);
    expect(out.join('')).toBe(text);
  });

  test('emoji take two columns, and a ZWJ family is never split', () => {
    const family = '👨‍👩‍👧‍👦';
    const out = lines(`Family ${family} emoji 🎉🎉🎉 and more`, 12);
    expect(out).toContain(`Family ${family}`);
    expect(out).toContain('emoji 🎉🎉🎉');
  });

  test('a word longer than the width is cut, not allowed to overflow', () => {
    const out = lines('supercalifragilisticexpialidocious ok', 10);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(10);
    expect(out.join('').replace(/ /g, '')).toBe('supercalifragilisticexpialidociousok');
  });

  test('ranges are exact slices for any text, at any width', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'é', 'e\u0301', '中', '😀', '👍🏽', '-'), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 2, max: 40 }), (words, width) => {
        const text = words.join(' ');
        const ranges = wrapRanges(text, width);
        let last = 0;
        for (const { start, end } of ranges) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(stringWidth(text.slice(start, end))).toBeLessThanOrEqual(width);
          // Only spaces between lines are dropped.
          expect(text.slice(last, start).trim()).toBe('');
          last = end;
        }
        expect(last).toBe(text.length);
      }),
      { numRuns: 100 },
    );
  });
});
