// Build dist/cli.js: src/cli/main.ts bundled into one script by esbuild
// (scripts/bundle.mjs, with the patches of build/ink-patches/), behind a small
// loader that compiles it with V8's code cache (programWithLoader, at the end).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { bundle, ROOT } from './bundle.mjs';

function fail(message) {
  throw new Error(`build: ${message} (check the loader in scripts/build.mjs)`);
}

// The loader at the top of dist/cli.js. Node 20 caches no compiled code for
// an ES module, and compiling the 2 MB bundle (and each function as it first
// runs) takes about a quarter of the reader's start. So the bundle is a
// script, stored in dist/cli.js below the loader inside one block comment
// (the module itself is a few lines to compile); the loader takes it out and
// compiles it with V8's code cache, kept in the user's cache folder: one
// file per build, Node version and kind of run (reader or printed output,
// which run different code), written once, by the first plain run of its
// kind; older builds' files are removed then. Any failure to read or write
// the cache only costs time; QUOTED_NO_CACHE=1 turns it off. In the comment
// the program is plain ASCII, so the loader reads it as single bytes: its
// non-ASCII characters, the "*/" that would end the comment and ESCAPE itself are written
// as ESCAPE-prefixed codes. Lines keep their numbers, so stack traces and
// CPU profiles point at dist/cli.js as before.
const ESCAPE = '\u0002';
const LOADER = `#!/usr/bin/env node
// quoted: this loader compiles the program below it (see scripts/build.mjs).
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

const HASH = '@HASH@';
const file = fileURLToPath(import.meta.url);

/** The program, out of its comment, and the line of this file it starts on (for stack traces and profiles). */
function program() {
  const own = readFileSync(file, 'latin1');
  const MARK = '\\n/*@@ program\\n';
  const at = own.indexOf(MARK) + MARK.length;
  const source = own.slice(at, own.lastIndexOf('*/')).replace(/\\u0002(\\/|[0-9a-f]{4})/g, (_, code) => (code === '/' ? '/' : String.fromCharCode(parseInt(code, 16))));
  return { source, lineOffset: own.slice(0, at).split('\\n').length - 1 };
}

function cacheFolder() {
  if (process.env.QUOTED_NO_CACHE) return null;
  try {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'quoted');
  } catch {
    return null;
  }
}
const PRINTS = /^(--json|--toc|--people|--quotes|--help|--version|-h|-v)(=|$)/;
const kind = process.argv.slice(2).some((a) => PRINTS.test(a)) || !process.stdout.isTTY ? 'print' : 'reader';
const folder = cacheFolder();
const name = \`v8-\${HASH}-\${kind}-\${process.version}-\${process.arch}.bin\`;
let cachedData;
try {
  if (folder) cachedData = readFileSync(join(folder, name));
} catch {}
const { source, lineOffset } = program();
const script = new Script(\`(function (require, __quotedUrl) {\${source}\\n})\`, { filename: file, lineOffset, cachedData });
const cacheMissed = !cachedData || script.cachedDataRejected;
cachedData = undefined;
// Written by plain runs only: a run under node flags (a profiler, say) may compile differently.
if (folder && isMainThread && process.execArgv.length === 0 && cacheMissed) {
  process.once('exit', () => {
    try {
      const data = script.createCachedData();
      mkdirSync(folder, { recursive: true });
      const temporary = join(folder, \`\${name}.\${process.pid}\`);
      writeFileSync(temporary, data);
      renameSync(temporary, join(folder, name));
      for (const old of readdirSync(folder)) if (old.startsWith('v8-') && !old.includes(HASH)) unlinkSync(join(folder, old));
    } catch {}
  });
}
script.runInThisContext()(createRequire(file), import.meta.url);
/*@@ program
`;

/** dist/cli.js: the loader, then the script in one comment, as ASCII. */
function programWithLoader(script, hash) {
  if (/[\r]/.test(script)) fail('the bundle holds a carriage return, which would move its lines');
  const escaped = script.replace(/\*\/|[^\x00-\x7f]|\u0002/g, (m) => (m === '*/' ? `*${ESCAPE}/` : ESCAPE + m.charCodeAt(0).toString(16).padStart(4, '0')));
  const back = escaped.replace(/\u0002(\/|[0-9a-f]{4})/g, (_, code) => (code === '/' ? '/' : String.fromCharCode(parseInt(code, 16))));
  if (back !== script) fail('the escaped bundle does not read back as the bundle');
  return `${LOADER.replace('@HASH@', hash)}${escaped}\n*/\n`;
}

// `--test-crashes`: the bundle the test suite runs (test/global-setup.ts).
const bundled = await bundle({ testCrashes: process.argv.includes('--test-crashes') });
const script = bundled.outputFiles[0].text;
const hash = createHash('sha256').update(script).digest('hex').slice(0, 16);
// A clean checkout has no dist/ yet.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeFileSync(join(ROOT, 'dist/cli.js'), programWithLoader(script, hash));
chmodSync(join(ROOT, 'dist/cli.js'), 0o755);
