// Build an article from paragraphs and read back who said what.
import type { Article, Quote, QuoteAnalysis } from '../../src/core/model.js';
import { analyzeQuotes } from '../../src/quotes/index.js';

export function article(...sections: (string[] | { title: string; paragraphs: string[] })[]): Article {
  return {
    title: 'Test story',
    byline: null,
    bylineNote: null,
    dateText: null,
    date: null,
    source: null,
    dateline: null,
    boilerplate: [],
    sections: sections.map((s, i) => (Array.isArray(s) ? { title: i === 0 ? null : `Part ${i}`, paragraphs: s } : s)),
    links: [],
  } as Article;
}

export function analyze(...paragraphs: string[]): QuoteAnalysis {
  return analyzeQuotes(article(paragraphs));
}

/** The speaker of the quote whose text contains `words`. */
export function speakerOf(result: QuoteAnalysis, words: string, kind?: Quote['kind']): string | null | undefined {
  const q = result.quotes.find((x) => x.text.includes(words) && (kind === undefined || x.kind === kind));
  return q === undefined ? undefined : q.speaker;
}

/** Direct and partial quotes as [text, speaker] pairs, in order. */
export function quoted(result: QuoteAnalysis): [string, string | null][] {
  return result.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speaker]);
}

/** Indirect quotes as [speaker, text] pairs, in order. */
export function reported(result: QuoteAnalysis): [string | null, string][] {
  return result.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
}

/** The speakers of the reported statements in paragraphs, in order. */
export function reportedSpeakers(...paragraphs: string[]): (string | null)[] {
  return reported(analyze(...paragraphs)).map(([s]) => s);
}
