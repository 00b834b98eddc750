import { defineConfig } from 'vitest/config';
import { inkReplacementsForVitest } from './build/ink-patches/plugins.mjs';

export default defineConfig({
  // Component tests draw with the Ink modules the bundle ships (build/ink-patches/).
  plugins: [inkReplacementsForVitest()],
  define: { __TEST_CRASHES__: 'true' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Ink through Vite rather than Node, so that the plugin above reaches its
    // imports; with it, everything that imports Ink, so there is one Ink.
    server: { deps: { inline: ['ink', 'ink-testing-library', 'ink-select-input'] } },
    // Two cores on the CI machine: keep workers to what it has.
    maxWorkers: 2,
    // Growth tests collect garbage before each timed run (test/helpers/growth.ts).
    execArgv: ['--expose-gc'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
