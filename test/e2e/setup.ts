/** Fails the real-browser run at once, in one line, when the browser or its test build is missing. */
import type { TestProject } from 'vitest/node';
import { assertBrowser } from './driver/launch';
import type { BrowserName } from './driver/session';

export default function setup(project: TestProject): void {
  assertBrowser(project.config.env.QUIRE_BROWSER as BrowserName);
}
