// The scripts of the bundle kept apart from the program, which reaches them
// only through stand-ins: the loader (scripts/loader.cjs) compiles each, with
// a code cache of its own, on the first call into it. A text article's first
// frame reads and compiles neither.
// - documents.js: the packages that read the formats other than text (HTML:
//   linkedom, Readability, entities; Markdown: markdown-it and its footnotes,
//   the front matter's yaml and smol-toml), behind the stand-ins of
//   build/ink-patches/lazy-packages.mjs; its default export maps each name to
//   the package's exports.
// - engine.js: the quote engine (src/quotes/), behind the stand-in of
//   scripts/lazy-modules.mjs, run right after the first frame.
import { build } from 'esbuild';
import { join } from 'node:path';
import { APART } from '../build/ink-patches/lazy-packages.mjs';
import { ROOT } from './bundle.mjs';

const OPTIONS = {
  write: false,
  bundle: true,
  platform: 'node',
  // Scripts, as the program is: V8 caches scripts compiled.
  format: 'cjs',
  supported: { 'dynamic-import': false },
  target: 'node20',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
};

/** Both scripts, as CommonJS: their text is each build's outputFiles[0]. */
export async function bundleApart() {
  const imports = APART.map((name, i) => `import * as p${i} from ${JSON.stringify(name)};`);
  const table = APART.map((name, i) => `  ${JSON.stringify(name)}: p${i},`);
  const [documents, engine] = await Promise.all([
    build({
      ...OPTIONS,
      stdin: { contents: `${imports.join('\n')}\nexport default {\n${table.join('\n')}\n};\n`, resolveDir: ROOT, loader: 'js', sourcefile: 'documents.js' },
    }),
    build({ ...OPTIONS, entryPoints: [join(ROOT, 'src/quotes/index.ts')] }),
  ]);
  return { documents, engine };
}
