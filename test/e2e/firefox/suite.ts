/** The usual setup of a Firefox test file: Quire in Firefox, the fixture server, and a probe page. */
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../server';
import { launchFirefox, type FirefoxSession } from './harness';
import { openProbe, type Probe } from './pages';

export interface FirefoxSuite {
  session: FirefoxSession;
  server: FixtureServer;
  probe: Probe;
}

/** Registers the file's beforeAll and afterAll; the fields are set once beforeAll has run. */
export function firefoxSuite(): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    [suite.session, suite.server] = await Promise.all([launchFirefox(), startFixtureServer()]);
    suite.probe = await openProbe(suite.session);
  });
  afterAll(async () => {
    await Promise.all([suite.session?.close(), suite.server?.close()]);
  });
  return suite;
}
