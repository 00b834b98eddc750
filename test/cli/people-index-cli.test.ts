// The command-line forms of issue 13 on a folder and on an RSS and an Atom
// feed served from 127.0.0.1: --people, --quotes=NAME, --format jsonl, and
// --json as JSON Lines. Two runs of the real CLI (a folder, a feed); the
// rest runs the same command in process, which is much quicker than a
// process each. A broken file is one line on stderr; with stderr not a
// terminal, no progress bar is written.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { runFolderCommand } from '../../src/cli/folder-command.js';
import { parseFeed } from '../../src/feeds/feed-items.js';
import { feedSources } from '../../src/feeds/feed-sources.js';
import { folderSources } from '../../src/index/folder-sources.js';
import type { IndexSource } from '../../src/index/index-source.js';
import { loadInput } from '../../src/input/load.js';
import { ARTICLES_DIR, CLI } from '../helpers/articles.js';
import { FALLBACK_SPEAKER, SECOND_SLUG, SEED_SLUG, startFeedServer, type FeedServer } from '../helpers/feed-server.js';

const cache = mkdtempSync(join(tmpdir(), 'quoted-cli-cache-'));
const env = { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1' };

function quoted(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The command the CLI runs for these arguments over `sources`, in this process. */
async function inProcess(sources: IndexSource[], ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env };
  await runFolderCommand(sources, parseArgs([...args, 'DIR']), null, out);
  return { stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'quoted-cli-dir-'));
for (const slug of [SEED_SLUG, SECOND_SLUG]) copyFileSync(join(ARTICLES_DIR, `${slug}.txt`), join(dir, `${slug}.txt`));
writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 7, 7]));

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function feed(path: string): Promise<IndexSource[]> {
  const input = await loadInput(`${server.base}${path}`, { maxBytes: 1 << 20, allowPrivate: true });
  return feedSources(parseFeed(input.text)!, true);
}

describe('quoted over a folder', () => {
  test('--people DIR prints the merged table; a broken file is one line on stderr, and no bar goes to a pipe', async () => {
    const r = await quoted('--people', dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^NAME\s+TYPE\s+ARTICLES\s+QUOTES\s+REPORTED\s+FIRST\s+LAST\s+ROLES$/);
    expect(r.stdout).toMatch(/Jens Stoltenberg\s+person\s+1\s+2\s+5\s+2022-02-04\s+2022-02-04\s+NATO Secretary-General/);
    expect(r.stdout).toContain('John Bolton');
    expect(r.stderr).toMatch(/^quoted: [^\n]*broken\.txt: not a text article[^\n]+\n$/);
    expect(r.stderr).not.toMatch(/indexing|\r|\u001b/);
  });

  test('--quotes=NAME DIR --format jsonl and --json DIR, one object a line; a name that matches nobody is an error', async () => {
    const sources = folderSources(dir);
    const rows = jsonLines((await inProcess(sources, '--quotes=Bolton', '--format', 'jsonl')).stdout);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toMatchObject({ speaker: 'John Bolton', date: '2018-12-14' });
    const models = jsonLines((await inProcess(sources, '--json')).stdout);
    expect(models.map((m) => m.file)).toEqual([`${SECOND_SLUG}.txt`, `${SEED_SLUG}.txt`]);
    expect(Object.keys(models[0]).slice(0, 3)).toEqual(['file', 'title', 'byline']);
    expect(models[1].people).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Jens Stoltenberg' })]));
    await expect(inProcess(sources, '--quotes=Nobody Atall')).rejects.toThrow(/^no speaker matches "Nobody Atall" \(most quoted: [^\n]+\)$/);
  });
});

describe('quoted over a feed from 127.0.0.1', () => {
  test('RSS: --people; an item whose page is missing is read from the feed, and said so', async () => {
    const people = await quoted('--allow-private', '--people', `${server.base}/feed.rss`);
    expect(people.code).toBe(0);
    expect(people.stdout).toMatch(new RegExp(`${FALLBACK_SPEAKER}\\s+person\\s+1\\s+1\\s+0\\s+2025-01-06`));
    expect(people.stdout).toContain('Jens Stoltenberg');
    expect(people.stderr).toMatch(/\/missing: read from the feed \(the page could not be fetched: [^\n]*404[^\n]*\)\n$/);
  });

  test('RSS: --quotes=NAME under the article title, outlet and date', async () => {
    const quotes = await inProcess(await feed('/feed.rss'), `--quotes=${FALLBACK_SPEAKER}`);
    expect(quotes.stdout).toBe(
      `Bridge reopens & traffic returns · Test Wire · 2025-01-06\n  ${FALLBACK_SPEAKER}: “We are proud of the crews who worked through two winters,”\n`,
    );
  });

  test('Atom: --json gives one model per item, --people --format jsonl the merged records', async () => {
    const sources = await feed('/feed.atom');
    expect(jsonLines((await inProcess(sources, '--json')).stdout).map((m) => m.title)).toEqual([
      'New Africa Strategy Pits US Against China, Russia',
      'White House Dismissive of Putin - Xi Meeting',
    ]);
    const records = jsonLines((await inProcess(sources, '--people', '--format', 'jsonl')).stdout);
    expect(records.find((p) => p.name === 'Jens Stoltenberg')).toEqual({
      name: 'Jens Stoltenberg',
      type: 'person',
      articles: 1,
      quotes: 2,
      reported: 5,
      firstDate: '2022-02-04',
      lastDate: '2022-02-04',
      roles: ['NATO Secretary-General'],
    });
  });
});
