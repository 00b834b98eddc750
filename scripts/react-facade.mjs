// React as one ES module in the bundle. React is CommonJS, so esbuild gives
// every module that imports it a copy of its exports, each a getter (some
// forty modules, Ink's and ours, each copying its 46 names as it loads), and
// each hook called through one. Here every `import … from 'react'` (and from
// 'react/jsx-runtime') goes to a small module that reads React's exports
// once and exports them as constants. A `require('react')` (react-reconciler's)
// still gets React itself: the same one.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const FACADES = /^react(?:\/jsx-runtime)?$/;

export const reactFacade = {
  name: 'react-facade',
  setup(b) {
    b.onResolve({ filter: FACADES }, async (args) => {
      if (args.pluginData === 'real' || args.kind === 'require-call') return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'react-facade' };
    });
    b.onLoad({ filter: /.*/, namespace: 'react-facade' }, (args) => {
      const names = Object.keys(createRequire(args.path)(args.path)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
      return {
        contents: `import real from ${JSON.stringify(args.path)};\nexport default real;\nexport const { ${names.join(', ')} } = real;\n`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};
