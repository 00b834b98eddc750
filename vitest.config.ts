import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Two cores on the CI machine: keep workers to what it has.
    maxWorkers: 2,
    // Growth tests collect garbage before each timed run (test/helpers/growth.ts).
    execArgv: ['--expose-gc'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
