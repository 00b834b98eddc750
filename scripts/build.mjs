// Build dist/cli.js: src/cli/main.ts bundled into one script by esbuild, behind
// a small loader that compiles it with V8's code cache (programWithLoader,
// at the end). The plugins take work off the start path without changing what
// any dependency computes; each says what it replaces and why.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function fail(message) {
  throw new Error(`build: ${message} (a dependency changed: check scripts/build.mjs)`);
}

// Ink loads its React devtools bridge (and the `ws` package with it), and
// reads its package.json for them, with top-level awaits when DEV=true;
// react-devtools-core is not installed, so they could never connect. Without
// those awaits the program is a plain script, which V8 can cache compiled.
const inkWithoutDevtools = {
  name: 'ink-without-devtools',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const devtools = "await import('./devtools.js');";
      const packageJson = '? await loadPackageJson()';
      if (!source.includes(devtools) || !source.includes(packageJson)) fail("Ink's reconciler no longer loads devtools as it did");
      return { contents: source.replace(devtools, '').replace(packageJson, '? { name: undefined, version: undefined }'), loader: 'js' };
    });
  },
};

// yoga-layout compiles its WebAssembly from a base64 `data:` URL through
// fetch(), which loads Node's whole HTTP client (undici) for it, and makes
// the bundle wait on a top-level await. Here the same bytes are decoded with
// Buffer and compiled synchronously through Emscripten's documented
// `instantiateWasm` hook: the same module, ready as the bundle loads.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    const DATA_URL = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const match = DATA_URL.exec(source);
      if (!match) fail('yoga-layout no longer embeds its WebAssembly as a base64 data: URL');
      // The data: prefix stays, so Emscripten never looks for a file beside the bundle.
      const contents = `${source.replace(DATA_URL, 'H="data:application/octet-stream;base64,"')}\nexport const wasmBase64 = "${match[1]}";\n`;
      return { contents, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('wrapAssembly(await loadYoga())')) fail('yoga-layout/dist/src/index.js changed');
      const contents = `
import loadYoga, { wasmBase64 } from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const yogaModule = {
  instantiateWasm(imports, receiveInstance) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasmBase64, 'base64')), imports);
    receiveInstance(instance);
    return instance.exports;
  },
};
loadYoga(yogaModule);
if (!yogaModule.calledRun) throw new Error('yoga-layout did not start');
const Yoga = wrapAssembly(yogaModule);
export default Yoga;
export * from './generated/YGEnums.js';
`;
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// string-width answers every call through Intl.Segmenter and Unicode-property
// regexes whose compilation alone costs tens of milliseconds. Every import
// of it (Ink's, wrap-ansi's, ours) goes through src/layout/width.ts
// first, which answers for text of one-column characters exactly as
// string-width would; the real module (the version the importer resolves)
// is loaded, through a lazy require, only for other text.
const stringWidthFastPath = {
  name: 'string-width-fast-path',
  setup(b) {
    const simpleWidth = join(ROOT, 'src', 'layout', 'width.ts');
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real-width') return undefined;
      // The file esbuild itself would bundle for this importer.
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real-width' });
      return real.errors.length > 0 ? { errors: real.errors } : { path: real.path, namespace: 'width-shim' };
    });
    b.onLoad({ filter: /.*/, namespace: 'width-shim' }, (args) => ({
      contents: `
import { simpleWidth } from ${JSON.stringify(simpleWidth)};
let real;
export default function stringWidth(text, options) {
  if (typeof text === 'string') {
    const width = simpleWidth(text, options);
    if (width >= 0) return width;
  }
  real ??= require(${JSON.stringify(args.path)}).default;
  return real(text, options);
}
`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

// Two of Ink's internal modules are replaced by src/tui/ink/: its frame
// buffer, which redid all of every frame's work (most of a keystroke's
// time), and its text measurement, which remembered every text it ever
// measured. Both give the same results (tests compare them with Ink's own).
// They were written against Ink 6.8: another version fails the build here.
const INK_REPLACEMENTS = { './output.js': 'src/tui/ink/output.ts', './measure-text.js': 'src/tui/ink/measure-text.ts' };
const inkReplacements = {
  name: 'ink-replacements',
  setup(b) {
    const inkVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/ink/package.json'), 'utf8')).version;
    if (!/^6\.8\./.test(inkVersion)) fail(`src/tui/ink/ replaces modules of Ink 6.8, and Ink is ${inkVersion}`);
    const replacements = new Map(Object.entries(INK_REPLACEMENTS).map(([from, to]) => [from, join(ROOT, to)]));
    const replacementDir = join(ROOT, 'src', 'tui', 'ink');
    let inkBuild = null;
    const filter = new RegExp(`^(${Object.keys(INK_REPLACEMENTS).map((p) => p.replace(/[.]/g, '\\.')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      if (!/[\\/]ink[\\/]build$/.test(args.resolveDir)) return undefined;
      inkBuild = args.resolveDir;
      return { path: replacements.get(args.path) };
    });
    // The packages the replacements (and their helpers beside them) import are the versions Ink itself would load.
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (dirname(args.importer) !== replacementDir || args.pluginData === 'as-ink') return undefined;
      if (!inkBuild) fail('an Ink replacement was loaded before Ink');
      const resolved = await b.resolve(args.path, { resolveDir: inkBuild, kind: args.kind, pluginData: 'as-ink' });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path, namespace: resolved.namespace, pluginData: resolved.pluginData };
    });
  },
};

// Packages that many runs never call, but that cost milliseconds to
// initialise: the HTML parser's (linkedom with its CSS and entity tables, and
// Readability: half of the bundle) for text articles; and those that set up
// Intl.Segmenter (whose first use loads ICU data for about 20 ms), needed
// only for text beyond the simple characters of src/layout/width.ts:
// wrap-ansi, slice-ansi, and ansi-tokenize (Ink's frame buffer). Each import
// of them gets a stand-in exporting the functions and classes named here,
// which initialises the real package on its first call. (Importing any
// other name from them fails the build.)
const LAZY_PACKAGES = {
  linkedom: ['parseHTML'],
  '@mozilla/readability': ['Readability', 'isProbablyReaderable'],
  'wrap-ansi': ['default'],
  'slice-ansi': ['default'],
  '@alcalzone/ansi-tokenize': ['tokenize', 'styledCharsFromTokens'],
};
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const names = Object.keys(LAZY_PACKAGES);
    const filter = new RegExp(`^(${names.map((p) => p.replace(/[/.@]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      // The file esbuild itself would bundle for this import.
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-package', pluginData: args.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, async (args) => {
      const real = await import(pathToFileURL(args.path).href);
      const exported = LAZY_PACKAGES[args.pluginData];
      for (const name of exported) if (typeof real[name] !== 'function') fail(`${args.pluginData} has no function ${name}`);
      // new.target: a class is constructed (the real one: its instances have its
      // prototype), a function called, as the importer wrote.
      const stubs = exported.map(
        (name) =>
          `export ${name === 'default' ? 'default function lazyDefault' : `function ${name}`}(...args) { const real = load().${name}; ` +
          'return new.target ? new real(...args) : real.apply(this, args); }',
      );
      return {
        contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\n${stubs.join('\n')}\n`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

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
// non-ASCII characters, and the "*/" that would end the comment, are written
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
  if (script.includes(ESCAPE)) fail('the bundle holds the character the loader escapes with');
  if (/[\r]/.test(script)) fail('the bundle holds a carriage return, which would move its lines');
  const escaped = script.replace(/\*\/|[^\x00-\x7f]/g, (m) => (m === '*/' ? `*${ESCAPE}/` : ESCAPE + m.charCodeAt(0).toString(16).padStart(4, '0')));
  const back = escaped.replace(/\u0002(\/|[0-9a-f]{4})/g, (_, code) => (code === '/' ? '/' : String.fromCharCode(parseInt(code, 16))));
  if (back !== script) fail('the escaped bundle does not read back as the bundle');
  return `${LOADER.replace('@HASH@', hash)}${escaped}\n*/\n`;
}

const bundled = await build({
  entryPoints: [join(ROOT, 'src/cli/main.ts')],
  write: false,
  outfile: join(ROOT, 'dist/cli.js'),
  bundle: true,
  platform: 'node',
  // A script for the loader to compile, not a module: V8 caches scripts.
  format: 'cjs',
  supported: { 'dynamic-import': false },
  target: 'node20',
  jsx: 'automatic',
  // Native and optional modules stay outside the bundle.
  external: ['node-pty'],
  plugins: [inkWithoutDevtools, yogaWithoutFetch, inkReplacements, stringWidthFastPath, lazyPackages],
  // The loader passes its own URL in.
  define: { 'import.meta.url': '__quotedUrl', 'process.env.NODE_ENV': '"production"', __VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
const script = bundled.outputFiles[0].text;
const hash = createHash('sha256').update(script).digest('hex').slice(0, 16);
// A clean checkout has no dist/ yet.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeFileSync(join(ROOT, 'dist/cli.js'), programWithLoader(script, hash));
chmodSync(join(ROOT, 'dist/cli.js'), 0o755);
