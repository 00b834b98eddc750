// Issue 16, items 5 and 6: plain output is linear in the number of quotes in
// one paragraph (it was quadratic), and --people lists 200,000 speakers
// without a spread that overflows the stack.
import { describe, expect, it } from 'vitest';
import type { ArticleModel, Quote } from '../../src/core/model.js';
import { styleFor } from '../../src/output/color.js';
import { renderPeople } from '../../src/output/people.js';
import { renderPlain } from '../../src/output/plain.js';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';

const plain = styleFor(false);

function quotedParagraph(n: number, speakers = 1): ArticleModel {
  const unit = '“ab,” he said. ';
  const paragraph = unit.repeat(n);
  const quotes: Quote[] = Array.from({ length: n }, (_, i) => ({
    text: 'ab,',
    speaker: `S${i % speakers}`,
    speakers: [`S${i % speakers}`],
    kind: 'direct',
    statement: null,
    section: 0,
    paragraph: 0,
    start: i * unit.length + 1,
    end: i * unit.length + 4,
  }));
  const people = Array.from({ length: speakers }, (_, i) => ({ name: `S${i}`, role: null, type: 'person' as const, quotes: 1, reported: 0 }));
  return {
    title: 'T',
    byline: null,
    bylineNote: null,
    date: null,
    dateText: null,
    source: null,
    dateline: null,
    boilerplate: [],
    sections: [{ title: null, paragraphs: [paragraph] }],
    links: [],
    people,
    quotes,
  } as ArticleModel;
}

describe('large outputs', () => {
  it('plain output grows linearly with the quotes of one paragraph', () => {
    const marked = styleFor(true);
    expect(growthExponent(quotedParagraph, (m) => renderPlain(m, { width: 80, style: marked }), 500)).toBeLessThan(LINEAR_BOUND);
  });

  it('--people lists 200,000 speakers', () => {
    const out = renderPeople(quotedParagraph(200_000, 200_000), plain);
    expect(out.split('\n').filter((l) => /^S\d/.test(l.trim()))).toHaveLength(200_000);
  });
});
