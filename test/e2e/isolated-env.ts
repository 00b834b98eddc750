// The folders a spawned quoted keeps its state in, away from the user's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every session keeps its reading place (resume state) in a folder of its own,
// so that no test opens an article where another one left it.
let stateRoot: string | null = null;
function freshStateDir(): string {
  if (!stateRoot) {
    stateRoot = mkdtempSync(join(tmpdir(), 'quoted-state-'));
    process.on('exit', () => rmSync(stateRoot!, { recursive: true, force: true }));
  }
  return mkdtempSync(join(stateRoot, 's-'));
}

// The model cache too: never the user's ~/.cache. One per test file, so its sessions share what the first one built.
let cacheHome: string | null = null;
function testCacheDir(): string {
  cacheHome ??= mkdtempSync(join(freshStateDir(), 'cache-'));
  return cacheHome;
}

/** The environment variables that give a new session its own state folder and the file's shared cache. */
export function isolatedEnv(): { XDG_STATE_HOME: string; XDG_CACHE_HOME: string } {
  return { XDG_STATE_HOME: freshStateDir(), XDG_CACHE_HOME: testCacheDir() };
}
