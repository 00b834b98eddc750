// The esbuild bundle of src/cli/main.ts, with the patches of build/ink-patches/:
// scripts/build.mjs writes it behind its loader, and a test reads its
// metafile to check that every patch applied.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyPackages } from '../build/ink-patches/lazy-packages.mjs';
import { inkReplacements, inkWithoutDevtools, stringWidthFastPath, yogaWithoutFetch } from '../build/ink-patches/plugins.mjs';
import { lazyModules } from './lazy-modules.mjs';
import { reactFacade } from './react-facade.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle as one script. `testCrashes`: keep the crashes that
 * QUOTED_TEST_CRASH sets off (src/tui/test-crash.tsx), for the end-to-end
 * tests of the terminal's restore; the shipped bundle leaves them out.
 */
export function bundle({ testCrashes = false, metafile = false } = {}) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return build({
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
    plugins: [inkWithoutDevtools, yogaWithoutFetch, inkReplacements, stringWidthFastPath, lazyPackages, lazyModules, reactFacade],
    // The loader passes its own URL in.
    define: {
      'import.meta.url': '__quotedUrl',
      'process.env.NODE_ENV': '"production"',
      __VERSION__: JSON.stringify(version),
      __TEST_CRASHES__: String(testCrashes),
    },
    metafile,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
