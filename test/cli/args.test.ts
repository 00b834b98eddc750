// The strict flag parser.
import { describe, expect, it } from 'vitest';
import { parseArgs, parseSize, UsageError } from '../../src/cli/args.js';

const fails = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  }
  throw new Error(`parseArgs(${JSON.stringify(argv)}) did not fail`);
};

describe('parseArgs', () => {
  it('reads the article and the defaults', () => {
    expect(parseArgs(['a.txt'])).toMatchObject({ input: 'a.txt', json: false, quotes: null, color: 'auto', maxSize: null });
    expect(parseArgs([]).input).toBeNull();
    expect(parseArgs(['-']).input).toBe('-');
    expect(parseArgs(['--', '--json']).input).toBe('--json');
  });

  it('reads each output flag, before or after the article', () => {
    expect(parseArgs(['--json', 'a.txt']).json).toBe(true);
    expect(parseArgs(['a.txt', '--toc']).toc).toBe(true);
    expect(parseArgs(['--people', 'a.txt']).people).toBe(true);
  });

  it('takes an optional NAME after --quotes', () => {
    expect(parseArgs(['--quotes', 'a.txt'])).toMatchObject({ quotes: '', input: 'a.txt' });
    expect(parseArgs(['--quotes', 'Psaki', 'a.txt'])).toMatchObject({ quotes: 'Psaki', input: 'a.txt' });
    expect(parseArgs(['a.txt', '--quotes', 'Psaki'])).toMatchObject({ quotes: 'Psaki', input: 'a.txt' });
    expect(parseArgs(['--quotes=Jen Psaki', 'a.txt'])).toMatchObject({ quotes: 'Jen Psaki', input: 'a.txt' });
    expect(parseArgs(['--quotes', 'Psaki', '-'])).toMatchObject({ quotes: 'Psaki', input: '-' });
    expect(parseArgs(['--quotes', '-'])).toMatchObject({ quotes: '', input: '-' });
    expect(parseArgs(['--quotes', '--color=never', 'a.txt'])).toMatchObject({ quotes: '', input: 'a.txt' });
  });

  it('reads --color in every usual spelling', () => {
    expect(parseArgs(['--color=never', 'a']).color).toBe('never');
    expect(parseArgs(['--colour=always', 'a']).color).toBe('always');
    expect(parseArgs(['--color', 'a']).color).toBe('always');
    expect(parseArgs(['--color', 'never', 'a'])).toMatchObject({ color: 'never', input: 'a' });
    expect(parseArgs(['--no-color', 'a']).color).toBe('never');
    expect(fails(['--color=sometimes', 'a'])).toBe('--color must be auto, always or never, not sometimes');
  });

  it('reads --max-size with units', () => {
    expect(parseArgs(['--max-size', '100M', 'a']).maxSize).toBe(100 * 1024 ** 2);
    expect(parseArgs(['--max-size=1.5k', 'a']).maxSize).toBe(1536);
    expect(parseSize('0.25G')).toBe(256 * 1024 ** 2);
    expect(parseSize('300')).toBe(300);
    expect(fails(['--max-size', 'lots', 'a'])).toMatch(/^--max-size: not a size: lots/);
    expect(fails(['--max-size', '0', 'a'])).toMatch(/must be more than zero/);
    expect(fails(['a', '--max-size'])).toBe('--max-size needs a value');
  });

  it('reads help, version and debug', () => {
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs(['-V']).version).toBe(true);
    expect(parseArgs(['--version']).version).toBe(true);
    expect(parseArgs(['--debug', 'a']).debug).toBe(true);
  });

  it('refuses unknown flags in one line, suggesting a near one', () => {
    expect(fails(['--tco', 'a'])).toBe('unknown option: --tco (did you mean --toc?)');
    expect(fails(['--peeple', 'a'])).toBe('unknown option: --peeple (did you mean --people?)');
    expect(fails(['--frobnicate'])).toBe('unknown option: --frobnicate (see quoted --help)');
    expect(fails(['-x'])).toBe('unknown option: -x (see quoted --help)');
  });

  it('refuses values on switches, two articles and two outputs', () => {
    expect(fails(['--json=yes', 'a'])).toBe('--json takes no value');
    expect(fails(['a', 'b'])).toBe('one article at a time (got 2)');
    expect(fails(['--json', '--toc', 'a'])).toBe('choose one of --json, --toc, --people and --quotes');
    expect(fails(['--quotes', 'x', 'a', 'b'])).toBe('one article at a time (got 2)');
  });
});
