import { e2eConfig } from './test/e2e/config';

/** The real-browser suite in Chromium; vitest.firefox.config.ts runs the same files in Firefox ESR. */
export default e2eConfig('chromium');
