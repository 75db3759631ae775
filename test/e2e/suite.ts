/**
 * The usual setup of a scenario file: Quire in the run's browser and the fixture server.
 * Its afterAll checks the tripwire, so that a filtered or shuffled run still fails on
 * any request that left 127.0.0.1.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BROWSER, launchBrowser } from './driver/launch';
import type { BrowserName, Session } from './driver/session';
import { startFixtureServer, type FixtureServer } from './server';

export { BROWSER };

export interface Suite {
  session: Session;
  server: FixtureServer;
}

/** Registers the file's beforeAll and afterAll; the fields are set once beforeAll has run. */
export function useSuite(serve: () => Promise<FixtureServer> = startFixtureServer): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    [suite.session, suite.server] = await Promise.all([launchBrowser(), serve()]);
  });
  afterAll(async () => {
    const hits = [...(suite.session?.tripwireHits ?? [])];
    await Promise.all([suite.session?.close(), suite.server?.close()]);
    expect(hits, 'requests that reached the tripwire proxy instead of the network').toEqual([]);
  });
  return suite;
}

/**
 * `test` in every browser but `browser`, which lacks what the scenario needs: there the
 * scenario is listed as skipped, the reason in its name.
 */
export function skipIn(browser: BrowserName, reason: string): (name: string, fn: () => Promise<void>) => void {
  return BROWSER === browser ? (name, fn) => test.skip(`${name} [not in ${browser}: ${reason}]`, fn) : (name, fn) => test(name, fn);
}

/** The browser's name as the scenario titles say it. */
export const BROWSER_TITLE = BROWSER === 'firefox' ? 'Firefox ESR' : 'Chromium';
