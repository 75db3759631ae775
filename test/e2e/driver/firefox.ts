/**
 * The Firefox driver: Debian's Firefox ESR over WebDriver BiDi with puppeteer-core, Quire's
 * test build (dist/firefox-test) installed as a temporary add-on, the moz-extension://
 * UUID chosen before launch so that every page's address is known in advance.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../paths';
import { sessionOf } from './common';
import { proxyPrefs, QUIET_PREFS } from './prefs';
import { UNSUPPORTED, type Session } from './session';
import type { Tripwire } from './tripwire';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.join(ROOT, 'dist/firefox-test');

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: install it with 'apt-get install -y firefox-esr' or set FIREFOX_PATH.`);
  }
}

/**
 * page.goto() never resolves for moz-extension:// or about: pages (Firefox's BiDi hides their
 * load events, Mozilla bug 1755014), so navigate with the BiDi command through puppeteer's
 * frame internals (hence puppeteer-core is pinned).
 */
async function navigateByBidi(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> } };
  await frame.browsingContext.navigate(url, 'complete');
}

function launch(uuid: string, geckoId: string, downloadDir: string, tripwire: Tripwire, lang?: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 900, height: 700 },
    // Without it, Firefox refuses to navigate a tab to moz-extension://.
    args: ['--remote-allow-system-access'],
    // Without it, ESR ignores services.settings.server and calls Mozilla's servers.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      ...proxyPrefs(tripwire.port),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // MV3 host permissions (the test build's 127.0.0.1) granted at install, as Chrome does.
      'extensions.originControls.grantByDefault': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // The UI language, honoured only with that language's pack installed (firefox-esr-l10n-<lang>).
      ...(lang && { 'intl.locale.requested': lang }),
    },
  });
}

export async function launchFirefox(dir: string, tripwire: Tripwire, downloadDir: string, lang?: string): Promise<Session> {
  assertFirefox();
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const uuid = crypto.randomUUID();
  const browser = await launch(uuid, manifest.browser_specific_settings.gecko.id, downloadDir, tripwire, lang);
  const extensionId = await browser.installExtension(dir).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  return sessionOf(browser, {
    name: 'firefox',
    extensionId,
    origin: `moz-extension://${uuid}`,
    async gotoExtension(page, url) {
      await navigateByBidi(page, url);
      await page.waitForFunction((target) => location.href === target && document.readyState === 'complete', {}, url);
    },
    gotoRestricted: (page) => navigateByBidi(page, 'about:robots'),
    // Firefox's background is a page, reached from the probe page with getBackgroundPage().
    backgroundScope: 'await browser.runtime.getBackgroundPage()',
    inBackground: (expression, inProbe) => inProbe(expression),
    stopBackground: () => Promise.reject(new Error(UNSUPPORTED.firefox.stopBackground)),
    downloadDir,
    tripwire,
    close: () => browser.close(),
  });
}
