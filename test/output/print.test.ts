// printOutput: which output each set of flags and each kind of stdout gets.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { outputWidth, printOutput, type OutputContext } from '../../src/output/print.js';
import { handBuiltModel } from './hand-built.js';

function run(argv: string[], ctx: Partial<OutputContext> = {}): { printed: boolean; out: string } {
  let out = '';
  const printed = printOutput(handBuiltModel(), parseArgs([...argv, 'article.txt']), {
    write: (s) => (out += s),
    isTTY: false,
    columns: undefined,
    name: 'article.txt',
    env: {},
    ...ctx,
  });
  return { printed, out };
}

describe('printOutput', () => {
  it('leaves a terminal to the reader when no output is asked for', () => {
    expect(run([], { isTTY: true, columns: 100 })).toEqual({ printed: false, out: '' });
  });

  it('prints plain text with no escape byte to a pipe', () => {
    const { printed, out } = run([]);
    expect(printed).toBe(true);
    expect(out.startsWith('Talks Stall Over Budget\n')).toBe(true);
    expect(out).not.toContain('\u001b');
  });

  it('colours a pipe only when asked', () => {
    expect(run(['--color=always']).out).toContain('\u001b[1m');
    expect(run([], { env: { FORCE_COLOR: '1' } }).out).toContain('\u001b[1m');
    expect(run(['--color=never'], { env: { FORCE_COLOR: '1' } }).out).not.toContain('\u001b');
  });

  it('colours a terminal unless NO_COLOR or --color=never says not', () => {
    expect(run(['--people'], { isTTY: true, env: { TERM: 'xterm' } }).out).toContain('\u001b[');
    expect(run(['--people'], { isTTY: true, env: { TERM: 'xterm', NO_COLOR: '1' } }).out).not.toContain('\u001b');
    expect(run(['--people', '--no-color'], { isTTY: true, env: { TERM: 'xterm' } }).out).not.toContain('\u001b');
  });

  it('prints each list output on a terminal too', () => {
    expect(run(['--toc'], { isTTY: true }).out).toBe('1. Introduction\n2. The opposition\n');
    expect(run(['--people'], { isTTY: true, env: { NO_COLOR: '1' } }).out.split('\n')[0]).toMatch(/^NAME\s+TYPE\s+QUOTES/);
    expect(run(['--quotes=berg'], { isTTY: true, env: { NO_COLOR: '1' } }).out).toContain('Jens Berg: “a small step”');
    expect(JSON.parse(run(['--json'], { isTTY: true }).out).title).toBe('Talks Stall Over Budget');
  });
});

describe('outputWidth', () => {
  it('uses $COLUMNS, then the terminal, then 80', () => {
    expect(outputWidth({ isTTY: false, columns: undefined, env: { COLUMNS: '100' } })).toBe(100);
    expect(outputWidth({ isTTY: true, columns: 132, env: {} })).toBe(132);
    expect(outputWidth({ isTTY: false, columns: 132, env: {} })).toBe(80);
    expect(outputWidth({ isTTY: false, columns: undefined, env: { COLUMNS: 'wide' } })).toBe(80);
  });
  it('never wraps narrower than 20 columns', () => {
    expect(outputWidth({ isTTY: false, columns: undefined, env: { COLUMNS: '3' } })).toBe(20);
  });
});
