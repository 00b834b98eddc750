// Each article's model, kept on disk under $XDG_CACHE_HOME/quoted (or
// ~/.cache/quoted) so that a folder is analysed once. A model is named by a
// hash of the article's bytes and the engine's version: an edited file or a
// new engine misses, and is built again, while the rest is read back.
// Layout: models/<engine version>/<first two hex digits>/<hash>.json, so that
// no folder grows past a few thousand files and an old engine's models sit
// in a folder of their own, to be deleted whole.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ArticleModel } from '../core/model.js';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'quoted');
}

/** The key of an article: its bytes and the engine that reads them. */
export function cacheKey(bytes: Uint8Array | string, engine: string): string {
  return createHash('sha256').update(engine).update('\0').update(bytes).digest('hex');
}

export interface ModelCache {
  /** The root folder (cacheDir()). */
  dir: string;
  engine: string;
}

function fileOf(cache: ModelCache, key: string): string {
  return join(cache.dir, 'models', cache.engine, key.slice(0, 2), `${key}.json`);
}

/** The model kept under `key`, or null when there is none (or it cannot be read). */
export function readModel(cache: ModelCache, key: string): ArticleModel | null {
  let text: string;
  try {
    text = readFileSync(fileOf(cache, key), 'utf8');
  } catch {
    return null;
  }
  try {
    const model = JSON.parse(text) as ArticleModel;
    // A truncated or foreign file is a miss, not an error.
    return Array.isArray(model?.sections) && Array.isArray(model.people) && Array.isArray(model.quotes) ? model : null;
  } catch {
    return null;
  }
}

/** Keep `model` under `key`; the error's message when it cannot be written (the index goes on without). */
export function writeModel(cache: ModelCache, key: string, model: ArticleModel): string | null {
  const file = fileOf(cache, key);
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // Written aside and renamed: a reader never sees half a file, even with two writers.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(model));
    renameSync(tmp, file);
    return null;
  } catch (err) {
    return `cannot write the cache in ${cache.dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
}
