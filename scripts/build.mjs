// Build dist/cli.js: src/cli/main.ts bundled into one script by esbuild
// (scripts/bundle.mjs, with the patches of build/ink-patches/), behind a small
// loader that compiles it with V8's code cache (scripts/loader.cjs).
import { chmodSync, copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { asciiProgram } from './ascii-program.mjs';
import { bundle, ROOT } from './bundle.mjs';
import { bundleApart } from './apart.mjs';

// dist/cli.js is scripts/loader.cjs, which compiles the program with V8's code
// cache (see its comment). The program is dist/program.js, a script taking the
// loader's require, its URL and a function that loads the scripts kept apart
// (scripts/apart.mjs), dist/documents.js and dist/engine.js, which take require and a module.
// Each starts with a comment holding its hash, from which the loader names
// its cache, and is ASCII (scripts/ascii-program.mjs), or else UTF-16 after a
// byte-order mark. dist/package.json makes dist/cli.js CommonJS.
function writeScript(file, script, params) {
  const hash = createHash('sha256').update(script).digest('hex').slice(0, 16);
  const text = `/*quoted build ${hash}*/(function (${params}) {${script}\n})`;
  const ascii = asciiProgram(text);
  // Written whole, then renamed over the old one: a loader never reads half a program.
  writeFileSync(join(ROOT, `dist/${file}.tmp`), ascii === null ? Buffer.from(`\ufeff${text}`, 'utf16le') : Buffer.from(ascii, 'latin1'));
  renameSync(join(ROOT, `dist/${file}.tmp`), join(ROOT, `dist/${file}`));
}

// `--test-crashes`: the bundle the test suite runs (test/global-setup.ts).
const [bundled, { documents, engine }] = await Promise.all([bundle({ testCrashes: process.argv.includes('--test-crashes') }), bundleApart()]);
// A clean checkout has no dist/ yet.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeScript('documents.js', documents.outputFiles[0].text, 'require, module');
writeScript('engine.js', engine.outputFiles[0].text, 'require, module');
writeScript('program.js', bundled.outputFiles[0].text, 'require, __quotedUrl, __quotedScript');
writeFileSync(join(ROOT, 'dist/package.json'), '{ "type": "commonjs" }\n');
copyFileSync(join(ROOT, 'scripts/loader.cjs'), join(ROOT, 'dist/cli.js'));
chmodSync(join(ROOT, 'dist/cli.js'), 0o755);
