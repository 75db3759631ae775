/**
 * The usual setup of a scenario file: Quire in the run's browser and the fixture server.
 * Its afterAll checks the tripwire, so that a filtered or shuffled run still fails on
 * any request that left 127.0.0.1.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { BROWSER, launchBrowser, type LaunchOptions } from './driver/launch';
import type { Session } from './driver/session';
import { startFixtureServer, type FixtureServer } from './server';

export { BROWSER };

export interface Suite {
  session: Session;
  server: FixtureServer;
}

/**
 * Registers the file's (or describe's) beforeAll and afterAll; the fields are set once beforeAll has run.
 * With `lang`, the browser's UI is in that language, and the suite fails in one line when it started in another.
 */
export function useSuite(serve: () => Promise<FixtureServer> = startFixtureServer, options: LaunchOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    [suite.session, suite.server] = await Promise.all([launchBrowser(BROWSER, options), serve()]);
    if (options.lang) await assertLanguage(suite.session, options.lang);
  });
  afterAll(async () => {
    const hits = [...(suite.session?.tripwireHits ?? [])];
    await Promise.all([suite.session?.close(), suite.server?.close()]);
    expect(hits, 'requests that reached the tripwire proxy instead of the network').toEqual([]);
  });
  return suite;
}

const LANGUAGE_PACKS = { chromium: 'chromium-l10n', firefox: 'firefox-esr-l10n-' } as const;

/** Fails in one line when the browser started in another UI language (the file's afterAll still closes it). */
async function assertLanguage(session: Session, lang: string): Promise<void> {
  const shown = await session.extension((api) => api.i18n.getUILanguage());
  if (shown.startsWith(lang)) return;
  const pack = session.name === 'firefox' ? `${LANGUAGE_PACKS.firefox}${lang}` : LANGUAGE_PACKS.chromium;
  throw new Error(`${session.name} started in ${shown}, not ${lang}: install its language files with 'apt-get install -y ${pack}'.`);
}

/** The browser's name as the scenario titles say it. */
export const BROWSER_TITLE = BROWSER === 'firefox' ? 'Firefox ESR' : 'Chromium';
