// Parse, quote-extraction and layout throughput on a large article: the
// three stages a reader runs. `measureThroughputApart` runs them in a fresh
// process, as the reader's quote worker does: the bench's own heap, full of
// terminals and frames by then, would slow the engine by half.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findQuotes, readArticle } from '../src/pipeline.js';
import { ArticleLayouts } from '../src/layout/cache.js';
import { geometry } from '../src/tui/geometry.js';
import { DEFAULT_COLS, DEFAULT_ROWS } from '../test/e2e/harness.js';
import { median, MB } from './stats.js';

export interface Throughput {
  bytes: number;
  parseMs: number;
  extractMs: number;
  parseMBs: number;
  extractMBs: number;
  /** The first, cold run of the engine: what the reader's quote worker pays. */
  extractColdMs: number;
  /** Wrapping the whole article to the reader's text width. */
  layoutMs: number;
  layoutMBs: number;
  layoutWidth: number;
  quotes: number;
  people: number;
}

function timeIt<T>(runs: number, fn: () => T): { ms: number; coldMs: number; value: T } {
  const coldStart = performance.now();
  let value = fn(); // warm-up: the JIT, and the first allocation of everything
  const coldMs = performance.now() - coldStart;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), coldMs, value };
}

export function measureThroughput(path: string, runs: number): Throughput {
  const text = readFileSync(path, 'utf8');
  const bytes = Buffer.byteLength(text);
  const parse = timeIt(runs, () => readArticle(text));
  const extract = timeIt(runs, () => findQuotes(parse.value));
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
    extractColdMs: extract.coldMs,
    layoutMs: layout.ms,
    layoutMBs: perSecond(layout.ms),
    layoutWidth,
    quotes: extract.value.quotes.length,
    people: extract.value.people.length,
  };
}

/** measureThroughput in a child process of its own; its JSON comes back on stdout. */
export function measureThroughputApart(path: string, runs: number): Throughput {
  const self = fileURLToPath(import.meta.url);
  // execArgv carries tsx's loader, so the child can run this TypeScript file
  // (less any --eval and its code, when this was started from `tsx -e`).
  const loader = process.execArgv.filter((a, i, all) => !['--eval', '-e'].includes(a) && !['--eval', '-e'].includes(all[i - 1]));
  const child = spawnSync(process.execPath, [...loader, self, path, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`throughput child failed: ${child.stderr.trim().split('\n').pop()}`);
  return JSON.parse(child.stdout) as Throughput;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [path, runs] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(measureThroughput(path, Number(runs) || 3)));
}
