// What the index knew of a folder last time, kept beside the models: each
// file's size, modification time and model key, with its index record. A
// file whose size and time are unchanged is not read again, so reopening a
// folder of thousands of articles reads one file and stats the rest. An
// edited file changes its time, and is looked up by its content as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IndexedArticle } from './indexed-article.js';
import type { ModelCache } from './model-cache.js';

export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  article: Omit<IndexedArticle, 'index' | 'cached'>;
}

export type Manifest = Map<string, ManifestEntry>;

function fileOf(cache: ModelCache, dir: string): string {
  const name = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return join(cache.dir, 'folders', cache.engine, `${name}.json`);
}

/** The folder's manifest (keyed by file path); empty when there is none or it cannot be read. */
export function readManifest(cache: ModelCache, dir: string): Manifest {
  try {
    const entries = JSON.parse(readFileSync(fileOf(cache, dir), 'utf8')) as [string, ManifestEntry][];
    return new Map(Array.isArray(entries) ? entries.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && e[1]?.article) : []);
  } catch {
    return new Map();
  }
}

export function writeManifest(cache: ModelCache, dir: string, manifest: Manifest): void {
  const file = fileOf(cache, dir);
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify([...manifest]));
    renameSync(tmp, file);
  } catch {
    // Only a shortcut: without it the next index reads every file again.
  }
}
