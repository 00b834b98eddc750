// Command-line arguments, read by node:util's parseArgs in strict mode, so
// that every unknown flag is an error (exit 2) instead of a silent surprise;
// its errors are put as quoted's own one-line messages. Two flags take an
// optional value, which parseArgs cannot: they are settled before it runs.
import { parseArgs as parseFlags } from 'node:util';

import { UserError } from '../core/errors.js';
import { QUOTE_FORMATS, type QuoteFormat } from '../output/attribution.js';
import type { ColorMode } from '../output/color.js';
import type { PrintOptions } from '../output/print.js';

/** Every flag, read: the printer's options and the rest. */
export interface Options extends PrintOptions {
  /** A path, "-" for standard input, a URL, or null for the library. */
  input: string | null;
  /** Largest input accepted, in bytes. */
  maxSize: number | null;
  /** --mouse: the reader takes mouse reports (also QUOTED_MOUSE=1). */
  mouse: boolean;
  /** --no-resume: open at the top, and keep no place. */
  noResume: boolean;
  debug: boolean;
  /** Fetch URLs on loopback, private and link-local addresses. */
  allowPrivate: boolean;
  help: boolean;
  version: boolean;
}

/** A bad flag or value: exit status 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;

/** The largest --max-size: what one string can hold. */
const MAX_SIZE = 500 * 1024 * 1024;

export function parseSize(text: string): number {
  const m = text.trim().match(SIZE);
  if (!m) throw new UsageError(`--max-size: not a size: ${text} (try 100M)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.round(Number(m[1]) * scale);
  if (bytes <= 0) throw new UsageError(`--max-size: must be more than zero, not ${text}`);
  // The article is held as one string, and V8's strings stop short of 512 MiB:
  // a larger limit would only end later in "Cannot create a string longer than …".
  if (bytes > MAX_SIZE) throw new UsageError(`--max-size: at most 500M (quoted holds the whole article in memory), not ${text}`);
  return bytes;
}

function isColorMode(text: string): text is ColorMode {
  return text === 'auto' || text === 'always' || text === 'never';
}

/** Every flag, in the order a typo's suggestion prefers them. */
const OPTIONS = {
  json: { type: 'boolean' },
  toc: { type: 'boolean' },
  people: { type: 'boolean' },
  quotes: { type: 'string' },
  format: { type: 'string' },
  color: { type: 'string' },
  'no-color': { type: 'boolean' },
  'max-size': { type: 'string' },
  'allow-private': { type: 'boolean' },
  'no-resume': { type: 'boolean' },
  mouse: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type Flag = keyof typeof OPTIONS;

const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/** Edit distance, for suggesting the flag a typo meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

function unknownOption(flag: string): string {
  const near = FLAGS.map((f) => ({ f, d: distance(flag, f) })).sort((x, y) => x.d - y.d)[0];
  const hint = near.d <= 2 ? `did you mean ${near.f}?` : 'see quoted --help';
  return `unknown option: ${flag} (${hint})`;
}

/**
 * `argv` with the optional values settled: a bare --color takes the next
 * word only if it is a colour mode (as ls reads "--color never"), else means
 * always; a bare --quotes takes an empty name, and the next word, if it is no
 * flag, is kept as a candidate name (at `quotesWord`): it is the name only if
 * another word names the article. -V is -v, --colour is --color.
 */
function settleOptionalValues(argv: string[]): { args: string[]; quotesWord: number } {
  const args: string[] = [];
  let quotesWord = -1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const spelled = arg === '-V' ? '-v' : arg.replace(/^--colour(?==|$)/, '--color');
    const next = argv[i + 1];
    if (spelled === '--color') args.push(`--color=${next !== undefined && isColorMode(next) ? argv[++i] : 'always'}`);
    else if (spelled === '--quotes') {
      args.push('--quotes=');
      if (next !== undefined && !next.startsWith('-')) {
        quotesWord = args.length;
        args.push(argv[++i]);
      }
    } else args.push(spelled);
  }
  return { args, quotesWord };
}

/** What parseArgs refused in `args`, as one line: read again leniently to find the flag. */
function refusal(args: string[]): UsageError {
  const { tokens } = parseFlags({ args, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = OPTIONS[token.name as Flag] as { type: 'boolean' | 'string' } | undefined;
    if (!option) return new UsageError(unknownOption(token.rawName));
    if (option.type === 'boolean' && token.value !== undefined) return new UsageError(`${token.rawName} takes no value`);
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return new UsageError(`${token.rawName} needs a value`);
    }
  }
  return new UsageError('see quoted --help');
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = {
    input: null,
    json: false,
    toc: false,
    people: false,
    quotes: null,
    format: null,
    color: 'auto',
    maxSize: null,
    allowPrivate: false,
    noResume: false,
    mouse: false,
    debug: false,
    help: false,
    version: false,
  };
  const { args, quotesWord } = settleOptionalValues(argv);
  let tokens;
  try {
    ({ tokens } = parseFlags({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true }));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) throw refusal(args);
    throw err;
  }
  const positional: string[] = [];
  let quotesAt = -1;
  // In the order typed: a later --color or --no-color wins.
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (token.index === quotesWord) quotesAt = positional.length;
      positional.push(token.value);
    }
    if (token.kind !== 'option') continue;
    const value = token.value ?? '';
    switch (token.name as Flag) {
      case 'json':
        opts.json = true;
        break;
      case 'toc':
        opts.toc = true;
        break;
      case 'people':
        opts.people = true;
        break;
      case 'quotes':
        opts.quotes = value;
        break;
      case 'format':
        if (!(QUOTE_FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be ${QUOTE_FORMATS.join(', ')}, not ${value}`);
        opts.format = value as QuoteFormat;
        break;
      case 'color':
        if (!isColorMode(value)) throw new UsageError(`--color must be auto, always or never, not ${value}`);
        opts.color = value;
        break;
      case 'no-color':
        opts.color = 'never';
        break;
      case 'max-size':
        opts.maxSize = parseSize(value);
        break;
      case 'no-resume':
        opts.noResume = true;
        break;
      case 'mouse':
        opts.mouse = true;
        break;
      case 'debug':
        opts.debug = true;
        break;
      case 'allow-private':
        opts.allowPrivate = true;
        break;
      case 'help':
        opts.help = true;
        break;
      case 'version':
        opts.version = true;
        break;
    }
  }
  if (quotesAt >= 0 && positional.length > 1) opts.quotes = positional.splice(quotesAt, 1)[0];
  if (positional.length > 1) throw new UsageError(`one article at a time (got ${positional.length})`);
  opts.input = positional[0] ?? null;
  const outputs = [opts.json, opts.toc, opts.people, opts.quotes !== null].filter(Boolean).length;
  if (outputs > 1) throw new UsageError('choose one of --json, --toc, --people and --quotes');
  // --people prints JSON Lines too; its other formats would be the table again.
  if (opts.format !== null && opts.quotes === null && !(opts.people && opts.format === 'jsonl'))
    throw new UsageError('--format goes with --quotes (or --format jsonl with --people)');
  return opts;
}
