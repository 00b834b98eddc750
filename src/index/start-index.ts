// Building the index of a list of sources: the settings every reader of it
// shares (cache, engine, size limit), the pool, and a running count of what
// is done, for the progress bars.
import { DEFAULT_MAX_BYTES } from '../input/size.js';
import { engineVersion } from './engine-version.js';
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
  onReply(reply: IndexReply, done: number, total: number): void;
}

export function userCache(env: NodeJS.ProcessEnv = process.env): ModelCache {
  return { dir: cacheDir(env), engine: engineVersion() };
}

export function startIndex(sources: readonly IndexSource[], options: StartOptions): PoolRun {
  const cache = options.cache === undefined ? userCache(options.env) : options.cache;
  let done = 0;
  return runPool(sources, {
    script: options.script,
    size: options.workers,
    settings: { cache, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, json: options.json ?? false },
    engine: cache?.engine ?? engineVersion(),
    onReply: (reply) => options.onReply(reply, ++done, sources.length),
  });
}
