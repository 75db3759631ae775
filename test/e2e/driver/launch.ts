/** Starts the browser the run asks for (QUIRE_BROWSER, set by the vitest config) with Quire's test build. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assertChromium, CHROME_BUILD, launchChromium } from './chromium';
import { assertFirefox, FIREFOX_BUILD, launchFirefox } from './firefox';
import type { BrowserName, Session } from './session';
import { startTripwire } from './tripwire';

export const BROWSER = (process.env.QUIRE_BROWSER ?? 'chromium') as BrowserName;

const DRIVERS = {
  chromium: { assert: assertChromium, build: CHROME_BUILD, launch: launchChromium },
  firefox: { assert: assertFirefox, build: FIREFOX_BUILD, launch: launchFirefox },
};

/** Fails at once, in one line, when the browser or its test build is missing. */
export function assertBrowser(name: BrowserName = BROWSER): void {
  const driver = DRIVERS[name];
  driver.assert();
  if (!existsSync(path.join(driver.build, 'manifest.json'))) {
    throw new Error(`No test build in ${path.relative(process.cwd(), driver.build)}: run 'npm run build' first.`);
  }
}

/** What a launch may choose: the browser's UI language (e.g. 'ar'), its default when left out. */
export interface LaunchOptions {
  lang?: string;
}

/** A fresh profile with Quire installed, a download folder of its own, and every outside request sent to a tripwire. */
export async function launchBrowser(name: BrowserName = BROWSER, options: LaunchOptions = {}): Promise<Session> {
  assertBrowser(name);
  const [tripwire, downloadDir] = await Promise.all([startTripwire(), mkdtemp(path.join(os.tmpdir(), 'quire-downloads-'))]);
  const cleanUp = () => Promise.all([tripwire.close(), rm(downloadDir, { recursive: true, force: true })]);
  const session = await DRIVERS[name].launch(DRIVERS[name].build, tripwire, downloadDir, options.lang).catch(async (error: unknown) => {
    await cleanUp();
    throw error;
  });
  return {
    ...session,
    async close() {
      await session.close();
      await cleanUp();
    },
  };
}
