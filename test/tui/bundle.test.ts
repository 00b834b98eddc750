// dist/cli.js is built with start-up work moved out of the way (packages
// loaded on first use, fast paths before string-width and wrap-ansi, the
// program compiled through V8's code cache; see scripts/build.mjs and
// scripts/loader.cjs). What it prints must not change: the bundle gives the
// model the source gives, for text, Markdown and HTML (which runs on the
// packages it loads lazily); and its code cache only ever saves time,
// whatever state it is found in: a cache that is not this program's, or not
// whole, never runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import type { Format } from '../../src/core/format.js';
import { loadInput } from '../../src/input/load.js';
import { ARTICLES_DIR, SEED_ARTICLE } from '../helpers/articles.js';

const ROOT = join(ARTICLES_DIR, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

const inputs: { path: string; format: Format }[] = [
  { path: SEED_ARTICLE, format: 'text' },
  ...['html', 'markdown'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).map((f) => ({ path: join(FIXTURES, dir, f), format: (dir === 'html' ? 'html' : 'markdown') as Format })),
  ),
];

describe('the bundle', () => {
  // One run of the bundle over a folder of every input (JSON Lines, one model a line), with a
  // cache of its own: one process instead of one per input.
  const printedByFile = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'quoted-bundle-'));
    const cache = mkdtempSync(join(tmpdir(), 'quoted-bundle-cache-'));
    inputs.forEach(({ path }, k) => copyFileSync(path, join(dir, `${k}-${basename(path)}`)));
    const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--json', dir], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache },
      maxBuffer: 64 << 20,
    });
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string } & Record<string, unknown>);
    return new Map(lines.map(({ file, ...model }) => [basename(file), model]));
  })();

  test.each(inputs.map((input, k) => ({ ...input, k })))('prints the article the source parses: $path', async ({ path, format, k }) => {
    const printed = printedByFile.get(`${k}-${basename(path)}`);
    expect(printed).toBeDefined();
    const input = await loadInput(path, { maxBytes: 1 << 24 });
    expect(input.format).toBe(format);
    // The article: what the lazily loaded packages and the width fast paths could change.
    const { people, quotes, ...article } = printed!;
    expect(article).toEqual(JSON.parse(JSON.stringify(parseArticle(input.text, input.format))));
    expect(Array.isArray(people) && Array.isArray(quotes)).toBe(true);
  });
});

describe('the start of the bundle', () => {
  test('is an ASCII program, read as single bytes', () => {
    const program = readFileSync(join(ROOT, 'dist', 'program.js'));
    expect(program.some((b) => b > 0x7f)).toBe(false);
  });

  test('leaves the quote engine out of the program, for the script that the stand-in of scripts/lazy-modules.mjs loads', () => {
    const program = readFileSync(join(ROOT, 'dist', 'program.js'), 'latin1');
    expect(program).not.toMatch(/^\/\/ src\/quotes\//m);
    expect(program).toMatch(/real\d* \?\?= __quotedScript\("engine"\)/);
    expect(readFileSync(join(ROOT, 'dist', 'engine.js'), 'latin1')).toMatch(/^\/\/ src\/quotes\/index\.ts$/m);
  });
});

describe("the bundle's code cache", () => {
  const CLI = join(ROOT, 'dist', 'cli.js');
  const folders: string[] = [];
  afterEach(() => {
    for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
  });
  const home = () => {
    const dir = mkdtempSync(join(tmpdir(), 'quoted-cache-'));
    folders.push(dir);
    return dir;
  };
  const run = (cacheHome: string, extra: NodeJS.ProcessEnv = {}, cli = CLI, args = ['--toc', SEED_ARTICLE]) => {
    const r = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, QUOTED_NO_CACHE: '', ...extra },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    if (args[0] === '--toc') expect(r.stdout).toContain('1. Introduction');
    return r;
  };
  /** A copy of dist/, whose program a test may change: its cli.js. */
  const copyOfDist = () => {
    const dir = home();
    for (const f of ['cli.js', 'package.json', 'program.js', 'documents.js', 'engine.js']) copyFileSync(join(ROOT, 'dist', f), join(dir, f));
    return join(dir, 'cli.js');
  };
  const cacheFiles = (cacheHome: string) => readdirSync(join(cacheHome, 'quoted')).filter((f) => f.endsWith('.bin'));
  /** The program's own cache (a run that finds quotes writes the engine's too). */
  const programCache = (cacheHome: string) => cacheFiles(cacheHome).find((f) => f.includes('-print-'))!;

  test('is written by the first run, then read and left as it is', () => {
    const cacheHome = home();
    run(cacheHome);
    const file = programCache(cacheHome);
    expect(file).toMatch(/^v8-[0-9a-f]{16}-print-v\d+\.\d+\.\d+-\w+\.bin$/);
    const path = join(cacheHome, 'quoted', file);
    const written = readFileSync(path);
    expect(written.length).toBeGreaterThan(10_000);
    const { mtimeMs } = statSync(path);
    run(cacheHome);
    expect(statSync(path).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(path).equals(written)).toBe(true);
  });

  test("is one per script kept apart: the packages of HTML and Markdown, which a text article's run never compiles, and the engine", () => {
    const cacheHome = home();
    const kinds = () =>
      cacheFiles(cacheHome)
        .map((f) => f.split('-')[2])
        .sort();
    // The section list needs no quotes; an HTML page's model needs the engine and the HTML reader.
    run(cacheHome);
    expect(kinds()).toEqual(['print']);
    run(cacheHome, {}, CLI, ['--json', inputs.find((i) => i.format === 'html')!.path]);
    expect(kinds()).toEqual(['documents', 'engine', 'print']);
  });

  test('found broken, is compiled around and written again', () => {
    const cacheHome = home();
    run(cacheHome);
    const path = join(cacheHome, 'quoted', programCache(cacheHome));
    writeFileSync(path, 'not a code cache');
    run(cacheHome);
    expect(readFileSync(path).length).toBeGreaterThan(10_000);
  });

  test("replaces an older build's cache, and leaves alone what is not its own", () => {
    const cacheHome = home();
    run(cacheHome);
    const folder = join(cacheHome, 'quoted');
    const own = cacheFiles(cacheHome);
    rmSync(join(folder, programCache(cacheHome)));
    // Another build's cache written before this build was made is an older build's; one written
    // since is another install's, left alone (two installs do not evict each other's).
    const older = join(folder, 'v8-0000000000000000-print-v20.0.0-x64.bin');
    writeFileSync(older, 'old');
    utimesSync(older, new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeFileSync(join(folder, 'v8-1111111111111111-print-v20.0.0-x64.bin'), 'a newer install');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    run(cacheHome);
    expect(readdirSync(folder).sort()).toEqual([...own, 'notes.txt', 'v8-1111111111111111-print-v20.0.0-x64.bin'].sort());
  });

  test('made for the program before it changed is not used: the new program runs, and its cache is written', () => {
    const cacheHome = home();
    const cli = copyOfDist();
    expect(run(cacheHome, {}, cli, ['--version']).stdout).toBe('quoted 0.1.0\n');
    const [file] = cacheFiles(cacheHome);
    const written = readFileSync(join(cacheHome, 'quoted', file));
    // The program changed in place, to one of the same length under the same build hash: V8 alone
    // (which checks the source's length) would run the old program's code from the cache.
    const program = join(cli, '..', 'program.js');
    const text = readFileSync(program, 'latin1');
    expect(text).toContain('"0.1.0"');
    writeFileSync(program, text.replaceAll('"0.1.0"', '"9.1.0"'), 'latin1');
    expect(run(cacheHome, {}, cli, ['--version']).stdout).toBe('quoted 9.1.0\n');
    expect(cacheFiles(cacheHome)).toEqual([file]);
    expect(readFileSync(join(cacheHome, 'quoted', file)).equals(written)).toBe(false);
    // The form the build falls back to when it cannot write ASCII: UTF-16 after a byte-order mark.
    writeFileSync(program, Buffer.from(`\ufeff${readFileSync(program, 'latin1').replaceAll('"9.1.0"', '"8.1.0"')}`, 'utf16le'));
    expect(run(cacheHome, {}, cli, ['--version']).stdout).toBe('quoted 8.1.0\n');
  });

  test('found corrupt (V8 would run it) or unreadable, is compiled around: the output is the same as without a cache', () => {
    const cacheHome = home();
    const args = ['--json', SEED_ARTICLE];
    // The first run compiles without a cache, and writes it.
    const expected = run(cacheHome, {}, CLI, args).stdout;
    const path = join(cacheHome, 'quoted', programCache(cacheHome));
    // A few bytes of V8's data flipped: V8 checks its header, not its contents.
    const corrupt = readFileSync(path);
    for (let at = corrupt.length >> 1; at < corrupt.length; at += 4099) corrupt[at] ^= 0x55;
    writeFileSync(path, corrupt);
    expect(run(cacheHome, {}, CLI, args).stdout).toBe(expected);
    expect(readFileSync(path).equals(corrupt)).toBe(false);
    // A folder where the file should be.
    rmSync(path);
    mkdirSync(path);
    expect(run(cacheHome, {}, CLI, args).stdout).toBe(expected);
  });

  test('that cannot be written costs nothing but time', () => {
    const cacheHome = home();
    // The cache folder's place is taken by a file.
    writeFileSync(join(cacheHome, 'quoted'), 'a file, not a folder');
    run(cacheHome);
    expect(readFileSync(join(cacheHome, 'quoted'), 'utf8')).toBe('a file, not a folder');
  });

  test('is off with QUOTED_NO_CACHE=1', () => {
    const cacheHome = home();
    run(cacheHome, { QUOTED_NO_CACHE: '1' });
    expect(readdirSync(cacheHome)).toEqual([]);
  });
});
