// The index of a folder (issue 13, item 1): each model cached under a hash of
// the article and the engine's version, so an edited file or a new engine
// rebuilds only what changed; a file that cannot be read is listed with its
// one-line error and never stops the index; the pool of workers gives what
// this thread gives.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { folderSources } from '../../src/index/folder-sources.js';
import type { IndexReply } from '../../src/index/indexed-article.js';
import type { IndexSource } from '../../src/index/index-source.js';
import { cacheDir, type ModelCache } from '../../src/index/model-cache.js';
import { startIndex } from '../../src/index/start-index.js';
import { CLI, listArticles } from '../helpers/articles.js';

const articles = listArticles().slice(0, 3);

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quoted-index-'));
  for (const a of articles) copyFileSync(a.path, join(dir, `${a.slug}.txt`));
  return dir;
}

async function index(dir: string, cache: ModelCache, script: URL | null = null): Promise<IndexReply[]> {
  return indexSources(folderSources(dir), cache, script, dir);
}

async function indexSources(sources: IndexSource[], cache: ModelCache, script: URL | null, dir?: string): Promise<IndexReply[]> {
  const replies: IndexReply[] = [];
  // poolFromChars 0: the pool even for a few short articles.
  const run = startIndex(sources, { script, cache, folder: dir, poolFromChars: 0, onReply: (r) => void replies.push(r) });
  await run.done;
  if (script && replies.some((r) => 'article' in r && !r.article.cached)) expect(run.workers).toBeGreaterThan(0);
  return replies.sort((a, b) => a.index - b.index);
}

/** The replies without their cached flags, to compare two builds. */
const strip = (rs: IndexReply[]) => rs.map((r) => ('article' in r ? { ...r.article, cached: null } : r));
const cachedFlags = (replies: IndexReply[]) => replies.map((r) => ('article' in r ? r.article.cached : r.error));

describe('the folder index and its cache', () => {
  test('the cache is under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/quoted');
    expect(cacheDir({})).toMatch(/\.cache\/quoted$/);
  });

  test('a second build reads every model back; an edited file is built again, alone', async () => {
    const dir = folder();
    const cache = { dir: mkdtempSync(join(tmpdir(), 'quoted-cache-')), engine: 'engine-1' };
    expect(cachedFlags(await index(dir, cache))).toEqual([false, false, false]);
    const warm = await index(dir, cache);
    expect(cachedFlags(warm)).toEqual([true, true, true]);
    writeFileSync(join(dir, `${articles[1].slug}.txt`), `${articles[1].text}\n\n"A new quote at the end," said Ann Lee.\n`);
    const edited = await index(dir, cache);
    expect(cachedFlags(edited)).toEqual([true, false, true]);
    const people = (r: IndexReply) => ('article' in r ? r.article.people.map((p) => p.name) : []);
    expect(people(edited[1])).toContain('Ann Lee');
    expect(people(warm[1])).not.toContain('Ann Lee');
  });

  test('a new engine version builds every model again', async () => {
    const dir = folder();
    const root = mkdtempSync(join(tmpdir(), 'quoted-cache-'));
    await index(dir, { dir: root, engine: 'engine-1' });
    expect(cachedFlags(await index(dir, { dir: root, engine: 'engine-2' }))).toEqual([false, false, false]);
    expect(cachedFlags(await index(dir, { dir: root, engine: 'engine-1' }))).toEqual([true, true, true]);
  });

  test('a broken file is listed with its one-line error, and the rest is indexed', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'empty.md'), '   \n');
    const replies = await index(dir, { dir: mkdtempSync(join(tmpdir(), 'quoted-cache-')), engine: 'e' });
    const errors = replies.filter((r): r is Extract<IndexReply, { error: string }> => 'error' in r);
    expect(errors.map((e) => e.file).sort()).toEqual(['broken.txt', 'empty.md']);
    for (const e of errors) expect(e.error).not.toContain('\n');
    expect(replies.filter((r) => 'article' in r)).toHaveLength(articles.length);
  });

  // A folder's files are read by the workers themselves; a feed's items are fetched here and only built there.
  test('a pool of workers running the bundle gives what this thread gives, and a cache it can read back', async () => {
    const dir = folder();
    const cache = { dir: mkdtempSync(join(tmpdir(), 'quoted-cache-')), engine: 'e' };
    const inPool = await index(dir, cache, pathToFileURL(CLI));
    const inThread = await index(dir, { ...cache, dir: mkdtempSync(join(tmpdir(), 'quoted-cache-')) });
    expect(strip(inPool)).toEqual(strip(inThread));
    expect(cachedFlags(await index(dir, cache))).toEqual([true, true, true]);
  });

  test('feed items fetched here and built by the pool give what this thread gives', async () => {
    const items: IndexSource[] = articles.map((a, i) => ({
      kind: 'feed-item',
      item: { title: `Item ${i}`, link: null, date: '2024-01-0' + (i + 1), outlet: 'The Feed', content: a.text },
      file: `item-${i}`,
      allowPrivate: false,
    }));
    const cache = () => ({ dir: mkdtempSync(join(tmpdir(), 'quoted-cache-')), engine: 'e' });
    const inPool = await indexSources(items, cache(), pathToFileURL(CLI));
    expect(inPool.every((r) => 'article' in r && r.article.people.length > 0)).toBe(true);
    expect(strip(inPool)).toEqual(strip(await indexSources(items, cache(), null)));
  });
});
