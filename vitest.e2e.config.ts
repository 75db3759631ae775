import { configDefaults, defineConfig } from 'vitest/config';

/** Real-browser tests in Chromium: one file at a time, since each launches its own browser. Firefox's have their own config. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    exclude: [...configDefaults.exclude, 'test/e2e/firefox/**'],
    globalSetup: ['test/e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
