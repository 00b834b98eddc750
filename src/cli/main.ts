// quoted: the command-line entry point (bundled as dist/cli.js). Parses
// flags, reads the input, builds the model, then prints it or opens the reader.
import { statSync } from 'node:fs';
import { escapeControls, stripControls } from '../core/controls.js';
import { UserError } from '../core/errors.js';
import type { Article } from '../core/model.js';
import { loadInput } from '../input/load.js';
import { DEFAULT_MAX_BYTES } from '../input/read-file.js';
import { opensReader, printOutput } from '../output/print.js';
import { stdoutClosed, stopQuietlyOnClosedPipe } from '../output/stdout.js';
import { readArticle, withoutQuotes, withQuotes } from '../pipeline.js';
import type { RunOptions } from '../tui/run.js';
import { parseArgs, type Options } from './args.js';
import { USAGE } from './help.js';
import { isMainThread } from 'node:worker_threads';
import type { Feed } from '../feeds/feed-items.js';
import { feedKind } from '../feeds/feed-kind.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

function fail(message: string, code: number): never {
  // A message may quote what the user typed ('--max-size $'1\e]0;X\a''): no control reaches stderr raw.
  process.stderr.write(`quoted: ${escapeControls(message)}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  if (stdoutClosed()) fail('cannot write the output (standard output is closed)', 1);
  if (opts.help) return void process.stdout.write(USAGE);
  if (opts.version) return void process.stdout.write(`quoted ${VERSION}\n`);

  if (opts.input === null) {
    // `cat a.txt | quoted` reads the pipe; on a terminal, the library of bundled articles.
    if (!process.stdin.isTTY) opts.input = '-';
    else {
      const { openLibrary } = await import('../tui/entry.js');
      // articles/ sits one level above the bundle, dist/cli.js.
      return openLibrary(new URL('../articles/', import.meta.url), 'articles/', runOptions(opts), new URL(import.meta.url));
    }
  }
  // `quoted -` typed at a prompt would wait for an article that never comes.
  if (opts.input === '-' && process.stdin.isTTY) fail('standard input is a terminal: pipe an article in, or name a file', 2);
  // A folder with no print flag: its library (its files as lines when standard output is not a terminal).
  if (opensFolder(opts)) {
    const { openLibrary } = await import('../tui/entry.js');
    return openLibrary(opts.input, stripControls(opts.input), runOptions(opts), new URL(import.meta.url));
  }
  // A folder with --people, --quotes or --json: its index, built by the pool.
  if (indexesFolder(opts)) {
    stopQuietlyOnClosedPipe(process.stdout);
    const [{ runFolderCommand }, { folderSources }] = await Promise.all([import('./folder-command.js'), import('../index/folder-sources.js')]);
    return runFolderCommand(folderSources(opts.input), opts, new URL(import.meta.url), process, opts.input);
  }
  const read = await loadSource(opts.input, opts);
  if ('feed' in read) return (await import('./open-feed.js')).openFeed(read.feed, read.name, opts, new URL(import.meta.url));
  const { article, name } = read;
  if (opensReader(opts, Boolean(process.stdout.isTTY))) {
    // A long article's quotes are found after the reader's first frame, by a
    // worker running this same script.
    const { openArticle } = await import('../tui/entry.js');
    return openArticle(article, name, runOptions(opts), new URL(import.meta.url));
  }
  // The section list shows no quotes: the engine does not run for it.
  const model = opts.toc && !opts.json ? withoutQuotes(article) : withQuotes(article);
  stopQuietlyOnClosedPipe(process.stdout);
  printOutput(model, opts, {
    write: (s) => process.stdout.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    name,
    env: process.env,
  });
}

/** How the reader or the library runs, as the flags and QUOTED_MOUSE ask. */
function runOptions(opts: Options): RunOptions {
  return { debug: opts.debug, color: opts.color, resume: !opts.noResume, mouse: opts.mouse || process.env.QUOTED_MOUSE === '1' };
}

/** Whether `opts` name a folder to list rather than an article to read. */
function opensFolder(opts: Options): opts is Options & { input: string } {
  if (opts.input === null || opts.input === '-' || opts.json || opts.toc || opts.people || opts.quotes !== null) return false;
  try {
    return statSync(opts.input).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `opts` ask for the index of a folder: --people, --quotes or --json on a directory. */
function indexesFolder(opts: Options): opts is Options & { input: string } {
  if (opts.input === null || opts.input === '-' || !(opts.json || opts.people || opts.quotes !== null)) return false;
  try {
    return statSync(opts.input).isDirectory();
  } catch {
    return false;
  }
}

/** The article `spec` names, parsed (its text is not kept), or the feed it is. */
async function loadSource(spec: string, opts: Options): Promise<{ article: Article; name: string } | { feed: Feed; name: string }> {
  const input = await loadInput(spec, { maxBytes: opts.maxSize ?? DEFAULT_MAX_BYTES, allowPrivate: opts.allowPrivate });
  for (const warning of input.warnings) process.stderr.write(`quoted: warning: ${warning}\n`);
  const feed = feedKind(input.text) ? (await import('../feeds/feed-items.js')).parseFeed(input.text) : null;
  if (feed) return { feed, name: input.name };
  return { article: readArticle(input.text, input.format), name: input.name };
}

/** In a worker thread, what the worker was started for; false when it is none of quoted's. */
async function serveWorker(): Promise<boolean> {
  const [quotes, catalog, index] = await Promise.all([
    import('../tui/quote-worker.js'),
    import('../tui/library/catalog-worker.js'),
    import('../index/index-worker.js'),
  ]);
  if (quotes.isQuoteWorker()) quotes.serveQuotes();
  else if (catalog.isCatalogWorker()) catalog.serveCatalog();
  else if (index.isIndexWorker()) index.serveIndex();
  else return false;
  return true;
}

// A worker started by the reader to find quotes, by the library to read
// summaries or by the index runs this same script; the modules that serve them
// load only in a worker.
void (isMainThread ? Promise.resolve(false) : serveWorker()).then((served) => {
  if (served) return;
  main(process.argv.slice(2)).catch((err: unknown) => {
    if (err instanceof UserError) fail(err.message, err.exitCode);
    const debug = process.argv.includes('--debug');
    if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    fail(`internal error: ${err instanceof Error ? err.message : String(err)}${debug ? '' : ' (run with --debug for details)'}`, 1);
  });
});
