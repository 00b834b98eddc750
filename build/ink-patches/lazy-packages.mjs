// Packages deferred to their first call in the bundle: Ink's own dependencies
// for text beyond simple characters, and the HTML reader's (see
// build/ink-patches/README.md).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fail } from './plugins.mjs';

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
  // The Markdown parser and the front matter's, for Markdown articles only.
  'markdown-it': ['default'],
  'markdown-it-footnote': ['default'],
  yaml: ['parse'],
  'smol-toml': ['parse'],
  // The character references' table (about 30 ms to set up), as src/ imports it;
  // linkedom's own imports of it load with linkedom.
  entities: ['decodeHTMLStrict'],
};
const FROM_SRC_ONLY = new Set(['entities']);
// The packages of the other formats (HTML, Markdown and its front matter) are
// not even in the program: they make a script of their own, dist/documents.js,
// which the loader compiles on their first call (scripts/apart.mjs); a text
// article's start neither reads nor compiles them.
export const APART = ['linkedom', '@mozilla/readability', 'markdown-it', 'markdown-it-footnote', 'yaml', 'smol-toml', 'entities'];
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
export const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const names = Object.keys(LAZY_PACKAGES);
    const filter = new RegExp(`^(${names.map((p) => p.replace(/[/.@]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      if (FROM_SRC_ONLY.has(args.path) && !args.importer.startsWith(SRC)) return undefined;
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
      const loadReal = APART.includes(args.pluginData)
        ? `__quotedScript('documents').default[${JSON.stringify(args.pluginData)}]`
        : `require(${JSON.stringify(args.path)})`;
      return {
        contents: `let real;\nconst load = () => (real ??= ${loadReal});\n${stubs.join('\n')}\n`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};
