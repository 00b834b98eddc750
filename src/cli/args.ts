// Command-line arguments: a small strict parser, so that every unknown flag
// is an error (exit 2) instead of a silent surprise.

export type ColorMode = 'auto' | 'always' | 'never';

export interface Options {
  /** A path, "-" for standard input, a URL, or null for the library. */
  input: string | null;
  json: boolean;
  toc: boolean;
  people: boolean;
  /** --quotes: null when absent, '' for every speaker, else a name to match. */
  quotes: string | null;
  color: ColorMode;
  /** Largest input accepted, in bytes. */
  maxSize: number | null;
  debug: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;

export function parseSize(text: string): number {
  const m = text.trim().match(SIZE);
  if (!m) throw new UsageError(`--max-size: not a size: ${text} (try 100M)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * scale);
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = {
    input: null, json: false, toc: false, people: false, quotes: null,
    color: 'auto', maxSize: null, debug: false, help: false, version: false,
  };
  const positional: string[] = [];
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
        // The name is optional: take the next word only when it is not a file.
        if (inline !== undefined) opts.quotes = inline;
        else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-') && argv[i + 2] !== undefined) opts.quotes = argv[++i];
        else opts.quotes = '';
        break;
      case '--color':
      case '--colour': {
        const v = inline ?? 'always';
        if (v !== 'auto' && v !== 'always' && v !== 'never') throw new UsageError(`--color must be auto, always or never, not ${v}`);
        opts.color = v;
        break;
      }
      case '--no-color': noValue(); opts.color = 'never'; break;
      case '--max-size': opts.maxSize = parseSize(value()); break;
      case '--debug': noValue(); opts.debug = true; break;
      case '-h': case '--help': noValue(); opts.help = true; break;
      case '-V': case '-v': case '--version': noValue(); opts.version = true; break;
      default:
        throw new UsageError(`unknown option: ${flag} (see quoted --help)`);
    }
  }
  if (positional.length > 1) throw new UsageError(`one article at a time (got ${positional.length})`);
  opts.input = positional[0] ?? null;
  const outputs = [opts.json, opts.toc, opts.people, opts.quotes !== null].filter(Boolean).length;
  if (outputs > 1) throw new UsageError('choose one of --json, --toc, --people and --quotes');
  return opts;
}
