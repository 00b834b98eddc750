// Issue 16, item 10: what the user typed is echoed in usage errors, but never
// as a raw control sequence, and a password in a broken URL is never echoed.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/articles.js';

function quoted(args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stderr: r.stderr };
}

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('usage errors', () => {
  it.each([
    [['--max-size', '1\u001b]0;X\u0007', 'a.txt'], '--max-size: not a size: 1\\x1b]0;X\\x07 (try 100M)'],
    [['--bogus\u001b[2J', 'a.txt'], 'unknown option: --bogus\\x1b[2J (see quoted --help)'],
    [['--color=\u009b31m', 'a.txt'], '--color must be auto, always or never, not \\x9b31m'],
  ])('%j: one line, controls written as visible escapes, exit 2', (args, message) => {
    const r = quoted(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`quoted: ${message}\n`);
    expect(r.stderr.slice(0, -1)).not.toMatch(CONTROL);
  });

  it('never echoes the credentials of an invalid URL', () => {
    const r = quoted(['http://user:pw@[::1/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('quoted: http://[::1/: not a valid URL\n');
  });

  it('--allow-private is a known flag, in --help', () => {
    expect(spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout).toMatch(/--allow-private/);
    expect(quoted(['--allow-private=yes', 'a.txt']).stderr).toBe('quoted: --allow-private takes no value\n');
  });
});
