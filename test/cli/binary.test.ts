// The built dist/cli.js as a user runs it, through pipes: flags, exit codes
// and what reaches stdout and stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, listArticles, ROOT, SEED_ARTICLE } from '../helpers/articles.js';

function quoted(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, COLUMNS: _c, ...base } = process.env;
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('quoted, run through pipes', () => {
  it('prints help to stdout and exits 0', () => {
    const r = quoted(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^quoted — /);
    for (const flag of ['--json', '--toc', '--people', '--quotes', '--color', '--max-size', '--help', '--version']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stderr).toBe('');
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(quoted(['--version'])).toMatchObject({ code: 0, stdout: `quoted ${version}\n` });
  });

  it('refuses an unknown flag with one line on stderr and exit 2', () => {
    const r = quoted(['--nope', SEED_ARTICLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('quoted: unknown option: --nope (see quoted --help)\n');
  });

  it('prints the seed article as plain text with no escape byte', () => {
    const r = quoted([SEED_ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('White House Dismissive of Putin - Xi Meeting\n')).toBe(true);
    expect(r.stdout).toContain('\nNATO welcomes more US troops\n');
    expect(r.stdout).not.toContain('\u001b');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('wraps at $COLUMNS and colours when FORCE_COLOR asks', () => {
    const narrow = quoted([SEED_ARTICLE], undefined, { COLUMNS: '50' });
    expect(Math.max(...narrow.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(quoted([SEED_ARTICLE], undefined, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[1m');
    expect(quoted(['--color=never', SEED_ARTICLE], undefined, { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b');
  });

  it('reads the article from standard input with -', () => {
    const r = quoted(['--toc', '-'], readFileSync(SEED_ARTICLE, 'utf8'));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('1. Introduction\n2. Escalating conflict\n3. NATO welcomes more US troops\n4. EU plans united response\n');
  });

  it('fails in one line when --quotes NAME matches nobody', () => {
    const r = quoted(['--quotes', 'Nobody Atall', SEED_ARTICLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^quoted: no speaker matches "Nobody Atall"/);
  });

  it('stops quietly when the reader of the pipe stops early', () => {
    // All the articles in one: more than a pipe holds (64 KiB), so that
    // quoted is still writing when head exits.
    const dir = mkdtempSync(join(tmpdir(), 'quoted-pipe-'));
    try {
      const big = join(dir, 'big.txt');
      writeFileSync(
        big,
        listArticles()
          .map((a) => a.text)
          .join('\n\n'),
      );
      for (const flag of ['', '--json']) {
        const r = spawnSync('sh', ['-c', `"$0" "$1" ${flag} "$2" | head -c 100 >/dev/null`, process.execPath, CLI, big], { encoding: 'utf8' });
        expect(r.stderr, flag).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
