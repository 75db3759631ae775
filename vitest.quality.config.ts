import { defineConfig } from 'vitest/config';

/** The extraction quality gate: expected output of the pages in test/fixtures/extraction, and the F1 floor over ../shared/corpus. */
export default defineConfig({
  test: {
    include: ['test/quality/**/*.test.ts'],
    globalSetup: ['test/quality/setup.ts'],
    environment: 'node',
    testTimeout: 900_000,
  },
});
