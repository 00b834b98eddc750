// quoted: the command-line entry point. Parses flags, reads the input, builds
// the model, then prints it or opens the reader.
import { parseArgs, UsageError, type Options } from './cli/args.js';
import { USAGE } from './cli/help.js';
import { InputError } from './input/errors.js';
import { loadInput } from './input/load.js';
import { DEFAULT_MAX_BYTES } from './input/read-file.js';
import { buildModel } from './model.js';
import { printOutput } from './output/print.js';
import { stopQuietlyOnClosedPipe } from './output/stdout.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

function fail(message: string, code: number): never {
  process.stderr.write(`quoted: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) fail(err.message, 2);
    throw err;
  }
  if (opts.help) return void process.stdout.write(USAGE);
  if (opts.version) return void process.stdout.write(`quoted ${VERSION}\n`);

  if (opts.input === null) {
    // `cat a.txt | quoted` reads the pipe; on a terminal, the library of bundled articles.
    if (!process.stdin.isTTY) opts.input = '-';
    else {
      const { openLibrary } = await import('./tui/entry.js');
      // articles/ sits beside src/ and dist/ alike, one level above this file.
      return openLibrary(new URL('../articles/', import.meta.url), 'articles/', { debug: opts.debug, color: opts.color });
    }
  }
  const input = await loadInput(opts.input, { maxBytes: opts.maxSize ?? DEFAULT_MAX_BYTES });
  for (const warning of input.warnings) process.stderr.write(`quoted: warning: ${warning}\n`);
  const model = buildModel(input.text, input.format);
  stopQuietlyOnClosedPipe(process.stdout);
  const printed = printOutput(model, opts, {
    write: (s) => process.stdout.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    name: input.name,
    env: process.env,
  });
  if (printed) return;
  const { openReader } = await import('./tui/entry.js');
  await openReader(model, input.name, { debug: opts.debug, color: opts.color });
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof InputError) fail(err.message, err.exitCode);
  const debug = process.argv.includes('--debug');
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  fail(`internal error: ${err instanceof Error ? err.message : String(err)}${debug ? '' : ' (run with --debug for details)'}`, 1);
});
