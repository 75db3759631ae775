import { e2eConfig } from './test/e2e/config';

/** The real-browser suite in Firefox ESR; vitest.e2e.config.ts runs the same files in Chromium. */
export default e2eConfig('firefox');
