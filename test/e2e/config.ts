/** The vitest config of the real-browser suite, for one browser: the same scenario files for both. */
import { defineConfig } from 'vitest/config';
import type { BrowserName } from './driver/session';

export function e2eConfig(browser: BrowserName) {
  return defineConfig({
    test: {
      include: ['test/e2e/**/*.e2e.ts'],
      env: { QUIRE_BROWSER: browser },
      globalSetup: ['test/e2e/setup.ts'],
      // One file at a time, since each launches its own browser.
      fileParallelism: false,
      // Every scenario by name, with the reason of any a browser skips.
      reporters: ['verbose'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  });
}
