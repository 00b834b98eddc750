// Issue 16, items 3 and 4: the quote engine neither crashes on bracketed
// speakers nor grows faster than the text on runs of quotation marks, and a
// fault in one paragraph never costs the quotes of the others.
import { afterEach, describe, expect, it } from 'vitest';
import { Attribution } from '../../src/quotes/attribution/index.js';
import { findQuoteSpans } from '../../src/quotes/scan/index.js';
import { analyzeQuotes } from '../../src/quotes/index.js';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';
import { analyze, article, quoted, speakerOf } from './helpers.js';

describe('bracketed speakers (item 4)', () => {
  it('reads "According to (WHO)" as WHO', () => {
    expect(speakerOf(analyze('According to (WHO), the virus spreads.'), 'virus spreads', 'indirect')).toBe('WHO');
  });

  it('reads a paragraph opening "(X) said" and a quote "said (X)"', () => {
    expect(speakerOf(analyze('(X) said the thing was fine.'), 'thing was fine', 'indirect')).toBe('X');
    expect(speakerOf(analyze('“It is fine,” said (X).'), 'It is fine')).toBe('X');
  });

  it('keeps every other quote of a long article around such a paragraph', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => (i === 15 ? '(X) said the thing was fine.' : `“Number ${i} holds,” said Ann Roe.`));
    const r = analyze(...paragraphs);
    expect(quoted(r).filter(([, who]) => who === 'Ann Roe')).toHaveLength(29);
  });
});

describe('a fault in one paragraph', () => {
  const proto = Attribution.prototype as unknown as { paragraph: (p: unknown, i: number) => void };
  const original = proto.paragraph;
  afterEach(() => {
    proto.paragraph = original;
    Attribution.onFault = null;
  });

  it('loses that paragraph only, and is reported', () => {
    const faults: number[] = [];
    Attribution.onFault = (_err, i) => faults.push(i);
    proto.paragraph = function (this: unknown, p: unknown, i: number) {
      if (i === 1) throw new Error('injected');
      original.call(this, p, i);
    };
    const r = analyzeQuotes(article(['“One holds,” said Ann Roe.', '“Two breaks,” said Ann Roe.', '“Three holds,” said Ann Roe.']));
    expect(quoted(r)).toEqual([
      ['One holds,', 'Ann Roe'],
      ['Three holds,', 'Ann Roe'],
    ]);
    expect(faults).toEqual([1]);
  });
});

describe('runs of quotation marks grow linearly (item 3)', () => {
  it.each([
    ['‘b repeated', (n: number) => '‘b '.repeat(n / 3)],
    ['“a ‘b “c repeated', (n: number) => '“a ‘b “c '.repeat(n / 9)],
    ['straight \'b "a repeated', (n: number) => '\'b "a '.repeat(n / 6)],
    ['‘a with one closer at the end', (n: number) => `${'‘a '.repeat(n / 3)}b’.`],
    ['“a a’ repeated', (n: number) => '“a a’ '.repeat(n / 6)],
  ])('finding the spans: %s', (_name, make) => {
    expect(growthExponent(make, findQuoteSpans, 25_000)).toBeLessThan(LINEAR_BOUND);
  });

  it('the whole engine on ‘b repeated', () => {
    expect(growthExponent((n) => article(['‘b '.repeat(n / 3)]), analyzeQuotes, 8_000)).toBeLessThan(LINEAR_BOUND);
  });
});
