// Building the index of a list of sources. A file the folder's manifest knows
// unchanged is answered from it; a warm folder needs no worker at all. When
// the files left are many bytes, the pool's workers read, key and build them
// themselves, from the start, so that this thread does no more than stat them.
// Otherwise each is looked up here (read, keyed, its model read back when the
// cache has it), and what is left to build goes to the pool, unless it is little
// enough that starting workers would cost more than building it here.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../input/size.js';
import { readManifest, writeManifest, type Manifest } from './folder-manifest.js';
import { engineVersion } from './engine-version.js';
import { lookedUp, lookUp, replyOf, type BuildTask, type FileTask, type IndexSettings, type PoolTask } from './index-one.js';
import type { IndexReply } from './indexed-article.js';
import type { IndexSource } from './index-source.js';
import { cacheDir, readModel, type ModelCache } from './model-cache.js';
import { runPool, type PoolRun } from './worker-pool.js';

export interface StartOptions {
  script: URL | null;
  env?: NodeJS.ProcessEnv;
  /** The cache to use; default: the user's ($XDG_CACHE_HOME/quoted). Null: none. */
  cache?: ModelCache | null;
  maxBytes?: number;
  json?: boolean;
  workers?: number;
  /** The folder the sources are the files of: its manifest lets unchanged files go unread. */
  folder?: string;
  /** Build in this thread below this many bytes of files to read, or characters to build (default 256K); 0: always the pool. */
  poolFromChars?: number;
  onReply(reply: IndexReply, done: number, total: number): void;
}

export interface IndexRun {
  done: Promise<void>;
  stop(): void;
  /** How many pool workers answered: 0 when all was read back or built here. */
  readonly workers: number;
}

/** The engine takes tens of milliseconds on this much text, about what a worker takes to start. */
const POOL_FROM_CHARS = 256 * 1024;
/**
 * Text each worker should have to build before another one starts. A new worker spends its first hundred
 * or so articles warming V8's JIT (about 0.6 s of CPU in its thread and as much on V8's compiler threads,
 * measured on 2 cores): one worker per core pays for that only with about this much to build each.
 */
const CHARS_PER_WORKER = 2 * 1024 * 1024;
/** Sources read at once while looking up (pages of a feed are fetched side by side). */
const LOOKUPS_AT_ONCE = 4;

/** Workers for the pool: QUOTED_INDEX_WORKERS (the bench measures one worker's throughput with it), else one per core and CHARS_PER_WORKER. */
function workersFor(chars: number, env: NodeJS.ProcessEnv): number {
  const n = Number.parseInt(env.QUOTED_INDEX_WORKERS ?? '', 10);
  if (Number.isInteger(n) && n > 0) return Math.min(n, 64);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(chars / CHARS_PER_WORKER)));
}

export function userCache(env: NodeJS.ProcessEnv = process.env): ModelCache {
  return { dir: cacheDir(env), engine: engineVersion() };
}

export function startIndex(sources: readonly IndexSource[], options: StartOptions): IndexRun {
  const cache = options.cache === undefined ? userCache(options.env) : options.cache;
  const settings: IndexSettings = { cache, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, json: options.json ?? false };
  const engine = cache?.engine ?? engineVersion();
  let done = 0;
  let stopped = false;
  let pool: PoolRun | null = null;
  const manifest: Manifest | null = cache && options.folder ? readManifest(cache, options.folder) : null;
  const seen: Manifest = new Map();
  // Written again only when something in it changed.
  let changed = false;
  const stats = new Map<number, { size: number; mtimeMs: number }>();
  const reply = (r: IndexReply) => {
    if (stopped) return;
    const source = sources[r.index];
    const stat = stats.get(r.index);
    if ('article' in r && source.kind === 'file' && stat) {
      const { index: _index, cached: _cached, ...article } = r.article;
      const known = manifest?.get(source.path);
      const fresh = !known || known.size !== stat.size || known.mtimeMs !== stat.mtimeMs || known.article.key !== article.key;
      if (fresh) changed = true;
      seen.set(source.path, fresh ? { ...stat, article } : known);
    }
    options.onReply(r, ++done, sources.length);
  };

  /** The answer the manifest gives for an unchanged file, without reading it. */
  const fromManifest = (index: number): IndexReply | null => {
    const source = sources[index];
    if (source.kind !== 'file') return null;
    let stat;
    try {
      const s = statSync(source.path);
      stat = { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
    stats.set(index, stat);
    const known = manifest?.get(source.path);
    if (!known || known.size !== stat.size || known.mtimeMs !== stat.mtimeMs) return null;
    const article = { ...known.article, index, cached: true };
    if (!settings.json) return { index, article };
    const model = cache ? readModel(cache, article.key) : null;
    return model ? replyOf({ index, file: article.file, key: article.key, note: article.note }, model, true, settings) : null;
  };

  /** The sources the manifest does not answer, in order. */
  const unknownSources = async (): Promise<number[]> => {
    const unknown: number[] = [];
    for (let index = 0; index < sources.length && !stopped; index++) {
      const known = fromManifest(index);
      if (known) reply(known);
      else unknown.push(index);
      // Unchanged files come back a hundred at a time between turns of the event loop.
      if (index % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
    }
    return unknown;
  };

  const lookUpAll = async (unknown: readonly number[]): Promise<BuildTask[]> => {
    const misses: BuildTask[] = [];
    let next = 0;
    const lane = async () => {
      while (!stopped && next < unknown.length) {
        const index = unknown[next++];
        // A turn of the event loop between articles: keys are answered meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
        const found = lookedUp(await lookUp(sources[index], index, settings, engine), settings);
        if ('reply' in found) reply(found.reply);
        else misses.push(found.task);
      }
    };
    await Promise.all(Array.from({ length: LOOKUPS_AT_ONCE }, lane));
    return misses.sort((a, b) => a.index - b.index);
  };

  const run = async () => {
    await build();
    // A file gone from the folder changes the manifest too.
    if (!stopped && cache && options.folder && (changed || seen.size !== manifest?.size)) writeManifest(cache, options.folder, seen);
  };

  /** `chars`: what there is to build (bytes to read, when the workers read the files). */
  const runInPool = async (tasks: PoolTask[], script: URL | null, chars: number) => {
    pool = runPool(tasks, { script, size: options.workers ?? workersFor(chars, options.env ?? process.env), settings, engine, onReply: reply });
    await pool.done;
  };

  const build = async () => {
    const unknown = await unknownSources();
    if (stopped || unknown.length === 0) return;
    const threshold = options.poolFromChars ?? POOL_FROM_CHARS;
    let bytes = 0;
    for (const index of unknown) bytes += stats.get(index)?.size ?? 0;
    const files: FileTask[] = [];
    for (const index of unknown) {
      const source = sources[index];
      if (source.kind === 'file') files.push({ index, file: source.file, source });
    }
    // Files enough to be worth the workers: they read them too, so reading is in parallel.
    if (options.script && files.length === unknown.length && bytes >= threshold) return runInPool(files, options.script, bytes);
    const misses = await lookUpAll(unknown);
    if (stopped || misses.length === 0) return;
    let chars = 0;
    for (const m of misses) chars += m.read.text.length;
    await runInPool(misses, chars >= threshold ? options.script : null, chars);
  };

  const finished = run();
  return {
    done: finished,
    stop: () => {
      stopped = true;
      pool?.stop();
    },
    get workers() {
      return pool?.workers ?? 0;
    },
  };
}
