// The tokenizer and sentence splitter the rules read: word shapes, possessives,
// abbreviations, and sentences that stay bounded in text with no full stops.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/quotes/scan/index.js';
import { sentenceRanges, tokenize } from '../../src/quotes/scan/index.js';
import { analyze, speakerOf } from './helpers.js';

const words = (text: string): string[] => tokenize(text, findQuoteSpans(text)).map((t) => t.text);

describe('tokens', () => {
  it('keeps hyphenated numbers, dotted capitals, handles and decimals whole', () => {
    expect(words('A 19-year-old U.S. citizen wrote to @CityHall about 4.5% of 1,000 homes.')).toEqual([
      'A',
      '19-year-old',
      'U.S.',
      'citizen',
      'wrote',
      'to',
      '@CityHall',
      'about',
      '4.5%',
      'of',
      '1,000',
      'homes',
      '.',
    ]);
  });

  it('splits a possessive off the name but not a contraction', () => {
    expect(words("Okafor's plan, it's said, beats Lagos’s.")).toEqual(['Okafor', "'s", 'plan', ',', "it's", 'said', ',', 'beats', 'Lagos', '’s', '.']);
  });

  it('keeps the period of a title or an initial, which does not end the sentence', () => {
    const text = 'Dr. Ana M. Reyes spoke. Then she left.';
    const tokens = tokenize(text, []);
    expect(tokens.map((t) => t.text).slice(0, 4)).toEqual(['Dr.', 'Ana', 'M.', 'Reyes']);
    expect(sentenceRanges(tokens)).toHaveLength(2);
  });

  it('reads letters beyond ASCII: accents, marks, scripts without case', () => {
    expect(words('Zoë Ndiaye-Sørensen met 李明 in Śrī Laṅkā.')).toEqual(['Zoë', 'Ndiaye-Sørensen', 'met', '李明', 'in', 'Śrī', 'Laṅkā', '.']);
    const [zoe, , met] = tokenize('Zoë Ndiaye met', []);
    expect([zoe.cap, met.cap, zoe.lower]).toEqual([true, false, 'zoë']);
  });

  it('makes each quoted span one token', () => {
    const text = 'She said "we will rebuild, and soon" on Friday.';
    const quote = tokenize(text, findQuoteSpans(text)).find((t) => t.kind === 'quote');
    expect(quote?.text).toBe('"we will rebuild, and soon"');
  });
});

describe('sentences in text with no full stops', () => {
  const clause = 'the levee held, the pumps ran through the night and the river fell by a metre';
  const run = Array.from({ length: 60 }, () => clause).join(', ');

  it('are cut at clause breaks into bounded pieces', () => {
    const ranges = sentenceRanges(tokenize(run, []));
    expect(ranges.length).toBeGreaterThan(1);
    for (const [s, e] of ranges) expect(e - s).toBeLessThanOrEqual(240);
    for (const [s, e] of ranges.slice(0, -1)) expect(tokenize(run, [])[e - 1].text).toBe(',');
  });

  it('still attribute the quotes in them', () => {
    const text = `${run}, and Mayor Ines Duarte said "we were lucky this time" while ${run}`;
    expect(speakerOf(analyze(text), 'we were lucky')).toBe('Ines Duarte');
  });
});
