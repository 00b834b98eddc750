// The engine's version, as the model cache keys it: what identifies the code
// that turns text into a model. In the bundle, the bundle itself: quoted's
// version with the size and time of the program and of the engine's script
// beside the loader (scripts/build.mjs), which every build changes (a hash of
// their megabytes costs a warm reopen more than all the rest); run from
// source, a hash of the parser's and the engine's source files. No number to
// bump by hand, so none is forgotten.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source trees a model depends on, beside this file's folder when run from source. */
const SOURCE_TREES = ['article', 'quotes', 'input'];

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path);
    else if (/\.tsx?$/.test(entry.name)) hash.update(`${path.length}:${path}`).update(readFileSync(path));
  }
}

declare const __VERSION__: string;

let known: string | null = null;

/** The version of the code running now; computed once. */
export function engineVersion(): string {
  if (known !== null) return known;
  const self = fileURLToPath(import.meta.url);
  const hash = createHash('sha256');
  if (basename(self) === 'engine-version.ts') {
    const src = dirname(dirname(self));
    for (const tree of SOURCE_TREES) hashTree(hash, join(src, tree));
  } else {
    // `self` is the loader, dist/cli.js: the parser is in the program, the engine in a script of its own.
    hash.update(typeof __VERSION__ === 'string' ? __VERSION__ : '');
    for (const file of ['program.js', 'engine.js']) {
      const { size, mtimeMs } = statSync(join(dirname(self), file));
      hash.update(`:${size}:${mtimeMs}`);
    }
  }
  known = hash.digest('hex').slice(0, 16);
  return known;
}
