// Bundle src/cli.tsx into one ESM file so that start-up loads a single module.
// The plugins below take work off the start path without changing what any
// dependency computes; each says what it replaces and why.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function fail(message) {
  throw new Error(`build: ${message} (a dependency changed: check scripts/build.mjs)`);
}

// Ink loads its React devtools bridge (and the `ws` package with it) only when
// DEV=true; react-devtools-core is not installed, so it could never connect.
// Leaving it out keeps a static import of a missing package out of the bundle.
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]build$/.test(args.resolveDir) ? { path: 'ink-devtools', namespace: 'no-devtools' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-devtools' }, () => ({ contents: 'export {};', loader: 'js' }));
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
// of it (Ink's, wrap-ansi's, ours) goes through src/layout/simple-width.ts
// first, which answers for text of one-column characters exactly as
// string-width would; the real module (the version the importer resolves)
// is loaded, through a lazy require, only for other text.
const stringWidthFastPath = {
  name: 'string-width-fast-path',
  setup(b) {
    const simpleWidth = join(ROOT, 'src', 'layout', 'simple-width.ts');
    b.onResolve({ filter: /^string-width$/ }, (args) => {
      if (args.namespace === 'width-shim') return undefined;
      const real = createRequire(join(args.resolveDir, 'importer.js')).resolve('string-width');
      return { path: real, namespace: 'width-shim' };
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
// only for text beyond the simple characters of src/layout/simple-width.ts:
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

await build({
  entryPoints: [join(ROOT, 'src/cli.tsx')],
  outfile: join(ROOT, 'dist/cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  // Native and optional modules stay outside the bundle.
  external: ['node-pty'],
  plugins: [noDevtools, yogaWithoutFetch, inkReplacements, stringWidthFastPath, lazyPackages],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __quotedCreateRequire } from 'node:module';\nconst require = __quotedCreateRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"', __VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(join(ROOT, 'dist/cli.js'), 0o755);
