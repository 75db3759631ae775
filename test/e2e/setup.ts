/** Fails the real-browser run at once, in one line, when Chromium or the build is missing. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { assertChromium, ROOT } from './harness';

export default function setup(): void {
  assertChromium();
  if (!existsSync(path.join(ROOT, 'dist/chrome-test/manifest.json'))) {
    throw new Error("No test build in dist/chrome-test: run 'npm run build' first.");
  }
}
