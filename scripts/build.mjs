// Build dist/cli.js: src/cli/main.ts bundled into one script by esbuild
// (scripts/bundle.mjs, with the patches of build/ink-patches/), behind a small
// loader that compiles it with V8's code cache (scripts/loader.cjs).
import { chmodSync, copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { bundle, ROOT } from './bundle.mjs';

// dist/cli.js is scripts/loader.cjs, which compiles the program with V8's code
// cache (see its comment); the program is dist/program.utf16, a script that
// takes the loader's require and URL, stored as UTF-16 after a comment with
// its hash, from which the loader names the cache. dist/package.json makes
// dist/cli.js CommonJS.
function programFile(script, hash) {
  return Buffer.from(`/*quoted build ${hash}*/(function (require, __quotedUrl) {${script}\n})`, 'utf16le');
}

// `--test-crashes`: the bundle the test suite runs (test/global-setup.ts).
const bundled = await bundle({ testCrashes: process.argv.includes('--test-crashes') });
const script = bundled.outputFiles[0].text;
const hash = createHash('sha256').update(script).digest('hex').slice(0, 16);
// A clean checkout has no dist/ yet.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
// Written whole, then renamed over the old one: a loader never reads half a program.
writeFileSync(join(ROOT, 'dist/program.utf16.tmp'), programFile(script, hash));
renameSync(join(ROOT, 'dist/program.utf16.tmp'), join(ROOT, 'dist/program.utf16'));
writeFileSync(join(ROOT, 'dist/package.json'), '{ "type": "commonjs" }\n');
copyFileSync(join(ROOT, 'scripts/loader.cjs'), join(ROOT, 'dist/cli.js'));
chmodSync(join(ROOT, 'dist/cli.js'), 0o755);
