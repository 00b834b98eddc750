// Parse and quote-extraction throughput, in process, on a large article.
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse.js';
import { analyzeQuotes } from '../src/quotes/analyze.js';
import { median, MB } from './stats.js';

export interface Throughput {
  bytes: number;
  parseMs: number;
  extractMs: number;
  parseMBs: number;
  extractMBs: number;
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
  const perSecond = (ms: number) => bytes / MB / (ms / 1000);
  return {
    bytes,
    parseMs: parse.ms,
    extractMs: extract.ms,
    parseMBs: perSecond(parse.ms),
    extractMBs: perSecond(extract.ms),
    quotes: extract.value.quotes.length,
    people: extract.value.people.length,
  };
}
