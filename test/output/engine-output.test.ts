// The printed outputs on what the real parser and quote engine make of the
// articles in articles/: counts that agree between --people and --quotes,
// one well-formed line per quote, and the seed article's known speakers.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/pipeline.js';
import { styleFor } from '../../src/output/color.js';
import { renderPeople } from '../../src/output/people.js';
import { renderQuotes } from '../../src/output/quotes.js';
import { listArticles, SEED_ARTICLE } from '../helpers/articles.js';
import { readFileSync } from 'node:fs';

const PLAIN = styleFor(false);
// A quote line; one inside a reported statement says so, and --people counts it with the statement.
const QUOTE_LINE = /^(.+): “(.*)”( \(in a reported statement\))?$/;
const OWN_LINE = /^(.+): “(.*)”$/;
const HEADING = /^\s*(\d+)\. /;

describe.each(listArticles())('outputs for $slug', ({ text }) => {
  const model = buildModel(text);
  const own = model.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial');

  it('--quotes prints every quote once, under ascending section numbers', () => {
    const lines = renderQuotes(model, '', PLAIN).split('\n').filter(Boolean);
    const quoteLines = lines.filter((l) => !HEADING.test(l));
    expect(quoteLines).toHaveLength(own.length);
    for (const line of quoteLines) expect(line).toMatch(QUOTE_LINE);
    const sections = lines.filter((l) => HEADING.test(l)).map((l) => Number(l.match(HEADING)![1]));
    expect(sections).toEqual([...new Set(sections)].sort((a, b) => a - b));
  });

  it('--quotes NAME prints as many lines as --people counts for NAME', () => {
    for (const person of model.people.filter((p) => p.quotes > 0)) {
      const lines = renderQuotes(model, person.name, PLAIN)
        .split('\n')
        .filter((l) => OWN_LINE.test(l));
      expect(lines.length, person.name).toBe(person.quotes);
      for (const line of lines) expect(line.startsWith(`${person.name}: “`)).toBe(true);
    }
  });

  it('--people prints one aligned row per person', () => {
    const rows = renderPeople(model, PLAIN).split('\n').filter(Boolean);
    if (model.people.length === 0) return expect(rows).toEqual([]);
    expect(rows).toHaveLength(model.people.length + 1);
    const quotesEnd = rows[0].indexOf('QUOTES') + 'QUOTES'.length;
    model.people.forEach((p, i) => {
      expect(rows[i + 1].startsWith(p.name)).toBe(true);
      expect(rows[i + 1].slice(0, quotesEnd).trimEnd().endsWith(` ${p.quotes}`)).toBe(true);
    });
  });
});

describe('the seed article', () => {
  const model = buildModel(readFileSync(SEED_ARTICLE, 'utf8'));

  it('--people shows Jens Stoltenberg with his role', () => {
    expect(renderPeople(model, PLAIN)).toMatch(/^Jens Stoltenberg +person +\d+ +\d+ +NATO Secretary-General$/m);
  });

  it('--quotes stoltenberg prints his quotes under section 3 only', () => {
    const out = renderQuotes(model, 'stoltenberg', PLAIN);
    expect(out.split('\n')[0]).toBe('3. NATO welcomes more US troops');
    expect(out).toContain('Jens Stoltenberg: “This is the biggest Russian deployment there since the Cold War,”\n');
    expect(out).not.toMatch(/^(?!Jens Stoltenberg: |3\. )./m);
  });
});
