// Where the time to open a large article goes, stage by stage, in one cold
// process as the CLI runs them: reading and decoding, parsing, the quote
// engine, and wrapping for the reader (the first screen, then the rest).
// Usage: npx tsx bench/open-stages.ts [--mb N] [--width W]
import { loadInput } from '../src/input/load.js';
import { DEFAULT_MAX_BYTES } from '../src/input/read-file.js';
import { findQuotes, readArticle } from '../src/pipeline.js';
import { ArticleLayouts } from '../src/layout/cache.js';
import { makeInputs } from './inputs.js';
import { printTable } from './table.js';
import { ms } from './stats.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const mb = arg('--mb', 10);
  const width = arg('--width', 63);
  const inputs = makeInputs();
  const rows: { cells: string[] }[] = [];
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    rows.push({ cells: [stage, ms(performance.now() - start), `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`] });
    return value;
  };
  try {
    const path = inputs.article(mb);
    const input = await timed('read, decode, detect', () => loadInput(path, { maxBytes: DEFAULT_MAX_BYTES }));
    const article = await timed('parse', () => readArticle(input.text, input.format));
    const layouts = await timed('display units', () => new ArticleLayouts({ ...article, people: [], quotes: [] }));
    const view = await timed('layout: first screen', () => {
      const first = layouts.view(width, null);
      first.ensureLines(40);
      return first;
    });
    await timed('layout: the rest', () => view.finish());
    await timed('quote engine', () => findQuotes(article));
    printTable(`Opening the ${mb} MB article, cold, in one process (wrap width ${width})`, ['stage', 'time', 'RSS after'], rows, (s) =>
      process.stdout.write(s),
    );
  } finally {
    inputs.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`open-stages: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
