// Building the index of a list of sources. Each is looked up here first
// (read, keyed, and its model read back when the cache has it): a warm
// folder needs no worker at all. What is left to build goes to the pool,
// unless it is little enough that starting workers would cost more than
// building it here.
import { DEFAULT_MAX_BYTES } from '../input/size.js';
import { engineVersion } from './engine-version.js';
import { lookUp, replyOf, type BuildTask, type IndexSettings } from './index-one.js';
import type { IndexReply } from './indexed-article.js';
import type { IndexSource } from './index-source.js';
import { cacheDir, type ModelCache } from './model-cache.js';
import { runPool, type PoolRun } from './worker-pool.js';

export interface StartOptions {
  script: URL | null;
  env?: NodeJS.ProcessEnv;
  /** The cache to use; default: the user's ($XDG_CACHE_HOME/quoted). Null: none. */
  cache?: ModelCache | null;
  maxBytes?: number;
  json?: boolean;
  workers?: number;
  /** Build in this thread below this many characters to build (default 256K); 0: always the pool. */
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
/** Sources read at once while looking up (pages of a feed are fetched side by side). */
const LOOKUPS_AT_ONCE = 4;

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
  const reply = (r: IndexReply) => {
    if (!stopped) options.onReply(r, ++done, sources.length);
  };

  const lookUpAll = async (): Promise<BuildTask[]> => {
    const misses: BuildTask[] = [];
    let next = 0;
    const lane = async () => {
      while (!stopped && next < sources.length) {
        const index = next++;
        // A turn of the event loop between articles: keys are answered meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
        const found = await lookUp(sources[index], index, settings, engine);
        if ('error' in found) reply(found.error);
        else if (found.model) reply(replyOf({ ...found.task, note: found.task.read.note }, found.model, true, settings));
        else misses.push(found.task);
      }
    };
    await Promise.all(Array.from({ length: LOOKUPS_AT_ONCE }, lane));
    return misses.sort((a, b) => a.index - b.index);
  };

  const run = async () => {
    const misses = await lookUpAll();
    if (stopped || misses.length === 0) return;
    let chars = 0;
    for (const m of misses) chars += m.read.text.length;
    const script = chars >= (options.poolFromChars ?? POOL_FROM_CHARS) ? options.script : null;
    pool = runPool(misses, { script, size: options.workers, settings, onReply: reply });
    await pool.done;
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
