// Bundle src/cli.tsx into one ESM file so that start-up loads a single module.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Ink imports react-devtools-core only when DEV=true; it is not installed, and
// a bundle must not carry a static import of it, so it becomes an empty module.
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'no-devtools' }));
    b.onLoad({ filter: /.*/, namespace: 'no-devtools' }, () => ({
      contents: 'export default { initialize() {}, connectToDevTools() {} };',
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['src/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  // Native and optional modules stay outside the bundle.
  external: ['node-pty'],
  plugins: [noDevtools],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __quotedCreateRequire } from 'node:module';\nconst require = __quotedCreateRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"', __VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
