// The quote engine run in a worker thread gives what it gives in process;
// a worker that cannot start hands the work back to this thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { analyzeQuotes } from '../../src/quotes/index.js';
import { findsQuotesLater, quoteFinder } from '../../src/tui/quote-finder.js';
import { packAnalysis, packHead, packParts, unpackAnalysis, unpackArticle, unpackQuotes } from '../../src/tui/quote-worker.js';
import { ARTICLES_DIR, listArticles, SEED_ARTICLE } from '../helpers/articles.js';

// The bundle the CLI runs, built by the test setup: a worker runs it as its script.
const BUNDLE = pathToFileURL(join(ARTICLES_DIR, '..', 'dist', 'cli.js'));
const article = parseArticle(readFileSync(SEED_ARTICLE, 'utf8'), 'text');

describe('finding quotes', () => {
  test('a worker running the bundle finds what the engine finds in process', async () => {
    const search = quoteFinder(article, BUNDLE)();
    const analysis = await search.result;
    expect(search.where).toBe('worker');
    expect(analysis).toEqual(analyzeQuotes(article));
    expect(analysis.people.length).toBeGreaterThan(3);
  });

  test('a worker that cannot start leaves the work to this thread, with the same answer', async () => {
    const missing = pathToFileURL(join(ARTICLES_DIR, '..', 'dist', 'no-such-bundle.js'));
    const search = quoteFinder(article, missing)();
    expect(await search.result).toEqual(analyzeQuotes(article));
    expect(search.where).toBe('this thread');
  });

  test('a short article has its quotes found before the reader opens, a long one after', () => {
    expect(findsQuotesLater(article)).toBe(false);
    const long = { ...article, sections: Array.from({ length: 8 }, () => article.sections).flat() };
    expect(findsQuotesLater(long)).toBe(true);
  });
});

describe('an article posted to the worker', () => {
  test('arrives whole, in parts: every field, section and paragraph', () => {
    const odd = { ...article, sections: [{ title: null, paragraphs: [] }, { title: 'Empty ones', paragraphs: ['', 'x', ''] }, ...article.sections] };
    for (const a of [odd, ...listArticles().map(({ text }) => parseArticle(text, 'text'))]) {
      for (const chars of [1, 1000, Infinity]) {
        const parts = [...packParts(a, chars)].map((p) => structuredClone(p));
        expect(unpackArticle(structuredClone(packHead(a)), parts)).toEqual(a);
      }
    }
    // Parts of about the size asked for: a long article goes over in many.
    expect([...packParts(odd, 1000)].length).toBeGreaterThan(5);
  });
});

describe('an analysis sent back from the worker', () => {
  test('arrives whole: every person and quote, every field', () => {
    for (const a of [article, ...listArticles().map(({ text }) => parseArticle(text, 'text'))]) {
      const found = analyzeQuotes(a);
      const packed = packAnalysis(found);
      // As postMessage delivers it, the typed arrays handed over.
      const sent = structuredClone(packed, { transfer: [packed.fields.buffer, packed.speakers.buffer] });
      expect(unpackAnalysis(sent)).toEqual(found);
    }
  });

  test('can be unpacked a few quotes at a time, with the same result', () => {
    // Enough quotes for several turns (the clock is read every 64).
    const long = { ...article, sections: Array.from({ length: 4 }, () => article.sections).flat() };
    const found = analyzeQuotes(long);
    expect(found.quotes.length).toBeGreaterThan(128);
    const packed = packAnalysis(found);
    const quotes: typeof found.quotes = [];
    const place = { quote: 0, speaker: 0, text: 0 };
    let turns = 0;
    while (!unpackQuotes(packed, quotes, place, () => false)) turns++;
    expect(turns).toBeGreaterThan(0);
    expect(quotes).toEqual(found.quotes);
  });
});
