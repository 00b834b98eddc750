// Command-line arguments: a small strict parser, so that every unknown flag
// is an error (exit 2) instead of a silent surprise.

import { QUOTE_FORMATS, type QuoteFormat } from '../output/attribution.js';

export type ColorMode = 'auto' | 'always' | 'never';

export interface Options {
  /** A path, "-" for standard input, a URL, or null for the library. */
  input: string | null;
  json: boolean;
  toc: boolean;
  people: boolean;
  /** --quotes: null when absent, '' for every speaker, else a name to match. */
  quotes: string | null;
  /** --format for --quotes: one quote a line with its attribution; null: grouped by section. */
  format: QuoteFormat | null;
  color: ColorMode;
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

export class UsageError extends Error {}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;

/** The largest --max-size: what one string can hold. */
export const MAX_SIZE = 500 * 1024 * 1024;

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

const FLAGS = ['--json', '--toc', '--people', '--quotes', '--format', '--color', '--no-color', '--max-size', '--allow-private', '--no-resume', '--mouse', '--debug', '--help', '--version'];

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

export function parseArgs(argv: string[]): Options {
  const opts: Options = {
    input: null, json: false, toc: false, people: false, quotes: null, format: null,
    color: 'auto', maxSize: null, allowPrivate: false, noResume: false, mouse: false, debug: false, help: false, version: false,
  };
  const positional: string[] = [];
  let quotesWord = -1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return next;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '--json': noValue(); opts.json = true; break;
      case '--toc': noValue(); opts.toc = true; break;
      case '--people': noValue(); opts.people = true; break;
      case '--quotes':
        // The name is optional. The word after a bare --quotes is the name
        // only if another word names the article; that is settled at the end.
        opts.quotes = inline ?? '';
        if (inline === undefined && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) {
          quotesWord = positional.length;
          positional.push(argv[++i]);
        }
        break;
      case '--format': {
        const v = value();
        if (!(QUOTE_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be ${QUOTE_FORMATS.join(', ')}, not ${v}`);
        opts.format = v as QuoteFormat;
        break;
      }
      case '--color':
      case '--colour': {
        // Like ls: a bare --color means always; "--color never" is read too.
        const next = argv[i + 1];
        const v = inline ?? (next !== undefined && isColorMode(next) ? argv[++i] : 'always');
        if (!isColorMode(v)) throw new UsageError(`--color must be auto, always or never, not ${v}`);
        opts.color = v;
        break;
      }
      case '--no-color': noValue(); opts.color = 'never'; break;
      case '--max-size': opts.maxSize = parseSize(value()); break;
      case '--no-resume': noValue(); opts.noResume = true; break;
      case '--mouse': noValue(); opts.mouse = true; break;
      case '--debug': noValue(); opts.debug = true; break;
      case '--allow-private': noValue(); opts.allowPrivate = true; break;
      case '-h': case '--help': noValue(); opts.help = true; break;
      case '-V': case '-v': case '--version': noValue(); opts.version = true; break;
      default:
        throw new UsageError(unknownOption(flag));
    }
  }
  if (quotesWord >= 0 && positional.length > 1) opts.quotes = positional.splice(quotesWord, 1)[0];
  if (positional.length > 1) throw new UsageError(`one article at a time (got ${positional.length})`);
  opts.input = positional[0] ?? null;
  const outputs = [opts.json, opts.toc, opts.people, opts.quotes !== null].filter(Boolean).length;
  if (outputs > 1) throw new UsageError('choose one of --json, --toc, --people and --quotes');
  // --people prints JSON Lines too; its other formats would be the table again.
  if (opts.format !== null && opts.quotes === null && !(opts.people && opts.format === 'jsonl')) throw new UsageError('--format goes with --quotes (or --format jsonl with --people)');
  return opts;
}
