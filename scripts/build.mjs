// Bundle src/cli.tsx into one ESM file so that start-up loads a single module.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: ['src/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  // Native and optional modules stay outside the bundle.
  external: ['react-devtools-core', 'node-pty'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __quotedCreateRequire } from 'node:module';\nconst require = __quotedCreateRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"', __VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
