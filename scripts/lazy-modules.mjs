// Modules of src/ that are not in the program but in a script of their own,
// which the loader compiles on their first call (scripts/apart.mjs), as
// build/ink-patches/lazy-packages.mjs does for packages. The quote engine's
// code, word lists, sets and patterns take milliseconds to read and set up,
// and the reader's first frame does not need them: a short article's quotes
// are found right after it. The importer is unchanged (pipeline.ts calls
// analyzeQuotes as before); the bundle gives it a stand-in that loads
// dist/engine.js on the first call.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** The module, as the importer names it, the importer, the functions the stand-in exports, and the script that holds them. */
const LAZY_MODULES = [{ path: './quotes/index.js', importer: join(SRC, 'pipeline.ts'), exports: ['analyzeQuotes'], script: 'engine' }];

export const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    for (const lazy of LAZY_MODULES) {
      const filter = new RegExp(`^${lazy.path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      b.onResolve({ filter }, async (args) => {
        if (args.importer !== lazy.importer || args.pluginData === 'real') return undefined;
        const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: 'lazy-module', pluginData: lazy };
      });
    }
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const stubs = args.pluginData.exports.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`);
      return {
        contents: `let real;\nconst load = () => (real ??= __quotedScript(${JSON.stringify(args.pluginData.script)}));\n${stubs.join('\n')}\n`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};
