/** Fails the Firefox run at once, in one line, when Firefox ESR or its test build is missing. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { assertFirefox, FIREFOX_BUILD } from './harness';

export default function setup(): void {
  assertFirefox();
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error("No test build in dist/firefox-test: run 'npm run build' first.");
  }
}
