import { defineConfig } from 'vitest/config';

/** Real-browser tests in Firefox ESR: one file at a time, since each launches its own browser. */
export default defineConfig({
  test: {
    include: ['test/e2e/firefox/**/*.e2e.ts'],
    globalSetup: ['test/e2e/firefox/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
