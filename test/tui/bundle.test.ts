// dist/cli.js is built with start-up work moved out of the way (packages
// loaded on first use, fast paths before string-width and wrap-ansi, the
// program compiled through V8's code cache; see scripts/build.mjs). What it
// prints must not change: the bundle gives the model the source gives, for
// text, Markdown and HTML (which runs on the packages it loads lazily); and
// its code cache only ever saves time, whatever state it is found in.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  const run = (cacheHome: string, extra: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, [CLI, '--toc', SEED_ARTICLE], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, QUOTED_NO_CACHE: '', ...extra },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1. Introduction');
    return r;
  };
  const cacheFiles = (cacheHome: string) => readdirSync(join(cacheHome, 'quoted')).filter((f) => f.endsWith('.bin'));

  test('is written by the first run, then read and left as it is', () => {
    const cacheHome = home();
    run(cacheHome);
    const [file] = cacheFiles(cacheHome);
    expect(file).toMatch(/^v8-[0-9a-f]{16}-print-v\d+\.\d+\.\d+-\w+\.bin$/);
    const path = join(cacheHome, 'quoted', file);
    const written = readFileSync(path);
    expect(written.length).toBeGreaterThan(10_000);
    const { mtimeMs } = statSync(path);
    run(cacheHome);
    expect(statSync(path).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(path).equals(written)).toBe(true);
  });

  test('found broken, is compiled around and written again', () => {
    const cacheHome = home();
    run(cacheHome);
    const path = join(cacheHome, 'quoted', cacheFiles(cacheHome)[0]);
    writeFileSync(path, 'not a code cache');
    run(cacheHome);
    expect(readFileSync(path).length).toBeGreaterThan(10_000);
  });

  test("replaces an older build's cache, and leaves alone what is not its own", () => {
    const cacheHome = home();
    run(cacheHome);
    const folder = join(cacheHome, 'quoted');
    writeFileSync(join(folder, 'v8-0000000000000000-print-v20.0.0-x64.bin'), 'old');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    rmSync(
      join(
        folder,
        cacheFiles(cacheHome).find((f) => !f.startsWith('v8-0000'))!,
      ),
    );
    run(cacheHome);
    expect(readdirSync(folder).sort()).toEqual([cacheFiles(cacheHome)[0], 'notes.txt'].sort());
    expect(cacheFiles(cacheHome)[0]).not.toContain('0000000000000000');
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
