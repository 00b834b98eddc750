// Parse, quote-extraction and layout throughput, in process, on a large
// article: the three stages that run before the reader's first frame.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse.js';
import { ArticleLayouts } from '../src/layout/cache.js';
import { analyzeQuotes } from '../src/quotes/analyze.js';
import { geometry } from '../src/tui/geometry.js';
import { DEFAULT_COLS, DEFAULT_ROWS } from '../test/e2e/harness.js';
import { median, MB } from './stats.js';

export interface Throughput {
  bytes: number;
  parseMs: number;
  extractMs: number;
  parseMBs: number;
  extractMBs: number;
  /** Wrapping the whole article to the reader's text width. */
  layoutMs: number;
  layoutMBs: number;
  layoutWidth: number;
  quotes: number;
  people: number;
}

function timeIt<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn(); // warm-up: the JIT, and the first allocation of everything
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

export function measureThroughput(path: string, runs: number): Throughput {
  const text = readFileSync(path, 'utf8');
  const bytes = Buffer.byteLength(text);
  const parse = timeIt(runs, () => parseArticle(text));
  const extract = timeIt(runs, () => analyzeQuotes(parse.value));
  const model = { ...parse.value, ...extract.value };
  const layoutWidth = geometry({ columns: DEFAULT_COLS, rows: DEFAULT_ROWS }, { tocHidden: false, peopleHidden: false }).reader.textWidth;
  const layout = timeIt(runs, () => new ArticleLayouts(model).view(layoutWidth, null).finish()); // the whole article, not the first screen
  const perSecond = (ms: number) => bytes / MB / (ms / 1000);
  return {
    bytes,
    parseMs: parse.ms,
    extractMs: extract.ms,
    parseMBs: perSecond(parse.ms),
    extractMBs: perSecond(extract.ms),
    layoutMs: layout.ms,
    layoutMBs: perSecond(layout.ms),
    layoutWidth,
    quotes: extract.value.quotes.length,
    people: extract.value.people.length,
  };
}
