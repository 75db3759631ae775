/**
 * The usual setup of a scenario file: Quire in the run's browser and the fixture server.
 * Its afterAll checks the tripwire, so that a filtered or shuffled run still fails on
 * any request that left 127.0.0.1.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { BROWSER, launchBrowser } from './driver/launch';
import type { Session } from './driver/session';
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

/** The browser's name as the scenario titles say it. */
export const BROWSER_TITLE = BROWSER === 'firefox' ? 'Firefox ESR' : 'Chromium';
