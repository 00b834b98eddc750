// Which characters open and close quotes, and which are apostrophes.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/quotes/scan/index.js';

const spans = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quote marks', () => {
  it('pairs curly and straight double quotes', () => {
    expect(spans('“Stay calm,” she said. "We have a plan."')).toEqual(['Stay calm,', 'We have a plan.']);
  });

  it('keeps apostrophes inside words, before decades and after plural possessives', () => {
    expect(spans("The council's plan, the '90s and the farmers' union don't matter.")).toEqual([]);
    expect(spans('He called it “the farmers’ last chance in the ’90s”.')).toEqual(['the farmers’ last chance in the ’90s']);
  });

  it('keeps a single-quoted phrase inside a double quote as part of the outer quote', () => {
    expect(spans('"They called it a \'temporary pause\' for months," he said.')).toEqual(["They called it a 'temporary pause' for months,"]);
  });

  it('keeps a second pair of straight doubles inside a straight quote', () => {
    expect(spans('"The so-called "reform" changes nothing. Nothing at all." Then he left.')).toEqual([
      'The so-called "reform" changes nothing. Nothing at all.',
    ]);
  });

  it('reads British single quotes with possessives and rock ’n’ roll inside', () => {
    expect(spans('‘The drivers’ pay and the bosses’ bonuses are the issue,’ she said.')).toEqual(['The drivers’ pay and the bosses’ bonuses are the issue,']);
    expect(spans('‘It was all rock ’n’ roll back then,’ he said.')).toEqual(['It was all rock ’n’ roll back then,']);
  });

  it('reads guillemets and German low-high quotes', () => {
    expect(spans('«Nous restons», a-t-il dit. „Wir bleiben“, sagte er.')).toEqual(['Nous restons', 'Wir bleiben']);
  });

  it('runs a quote left open to the end of its paragraph', () => {
    const text = '"The first part of a long statement goes here,';
    const [span] = findQuoteSpans(text);
    expect(span.close).toBe(-1);
    expect(text.slice(span.start, span.end)).toBe('The first part of a long statement goes here,');
  });

  it('ignores a closing mark with nothing open and an inch mark', () => {
    expect(spans('The screen is 55" wide and that is all? [...] Nothing more.')).toEqual([]);
  });
});

describe('British single quotes', () => {
  it('a decade closes a quote; a plural possessive does not', () => {
    expect(spans('He said rail had been ‘in decline since the ’80s’ and ‘starved of money’.')).toEqual(['in decline since the ’80s', 'starved of money']);
  });
});
