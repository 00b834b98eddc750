// The esbuild plugins that patch Ink and the packages under it in the
// bundle (build/ink-patches/README.md says what each does, why, and how to
// re-sync them when Ink changes). None changes what a dependency computes:
// each takes work off the reader's start or its keystrokes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

export function fail(message) {
  throw new Error(`build: ${message} (a dependency changed: check build/ink-patches/README.md)`);
}

// Ink loads its React devtools bridge (and the `ws` package with it), and
// reads its package.json for them, with top-level awaits when DEV=true;
// react-devtools-core is not installed, so they could never connect. Without
// those awaits the program is a plain script, which V8 can cache compiled.
export const inkWithoutDevtools = {
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
export const yogaWithoutFetch = {
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
export const stringWidthFastPath = {
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

// Two of Ink's internal modules are replaced by the modules beside this file: its frame
// buffer, which redid all of every frame's work (most of a keystroke's
// time), and its text measurement, which remembered every text it ever
// measured. Both give the same results (tests compare them with Ink's own).
// They were written against Ink 6.8: another version fails the build here.
const INK_REPLACEMENTS = { './output.js': join(HERE, 'output.ts'), './measure-text.js': join(HERE, 'measure-text.ts') };
/** The Ink version the replacements are written against; package.json pins ink to it. */
export const INK_MINOR = '6.8';
function checkInkVersion() {
  const inkVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/ink/package.json'), 'utf8')).version;
  if (!inkVersion.startsWith(`${INK_MINOR}.`)) fail(`build/ink-patches/ replaces modules of Ink ${INK_MINOR}, and Ink is ${inkVersion}`);
}

export const inkReplacements = {
  name: 'ink-replacements',
  setup(b) {
    checkInkVersion();
    const replacements = new Map(Object.entries(INK_REPLACEMENTS));
    const replacementDir = HERE;
    let inkBuild = null;
    const filter = new RegExp(
      `^(${Object.keys(INK_REPLACEMENTS)
        .map((p) => p.replace(/[.]/g, '\\.'))
        .join('|')})$`,
    );
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

// The same two replacements for vitest (vitest.config.ts), so that the
// component tests draw with the frame buffer that ships. Ink is inlined there
// (run through Vite rather than loaded by Node), so its imports reach this.
export function inkReplacementsForVitest() {
  return {
    name: 'ink-replacements',
    enforce: 'pre',
    configResolved: checkInkVersion,
    resolveId(source, importer) {
      if (!importer || !/[\\/]ink[\\/]build[\\/][^\\/]+\.js$/.test(importer)) return null;
      return INK_REPLACEMENTS[source] ?? null;
    },
    // Ink's published source maps name sources it does not ship: without them
    // Vite warns once per module it inlines.
    load(id) {
      if (!/[\\/]node_modules[\\/]ink(-[a-z-]+)?[\\/]build[\\/].*\.js$/.test(id)) return null;
      return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
    },
  };
}
