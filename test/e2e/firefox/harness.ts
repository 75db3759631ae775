/**
 * Loads the Firefox test build (dist/firefox-test: the shipped build plus host
 * permission for http://127.0.0.1/*) into Debian's Firefox ESR as a temporary add-on,
 * with puppeteer-core over WebDriver BiDi. Every request that is not for 127.0.0.1 goes
 * to a tripwire proxy; close() fails when anything reached it.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness';
import { proxyPrefs, QUIET_PREFS } from './prefs';
import { startTripwire, type Tripwire } from './tripwire';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.join(ROOT, 'dist/firefox-test');

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** The moz-extension:// origin, chosen before install so tests know it in advance. */
  origin: string;
  tripwire: Tripwire;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  extensionUrl(pagePath: string): string;
  /** A new tab on one of Quire's pages, loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Loads one of Quire's pages in a tab the test already holds (e.g. to listen for dialogs first). */
  gotoExtensionPage(page: Page, pagePath: string): Promise<void>;
  /** A new tab on a web page (e.g. from the fixture server), loaded, its dialogs dismissed. */
  openWebPage(url: string): Promise<Page>;
  /** A new tab on one of the browser's own pages (about:…), whose load events BiDi hides too. */
  openBrowserPage(url: string): Promise<Page>;
  /** Runs `start` and returns the path of the one new (non-empty) download it caused, once Firefox has finished writing it. */
  download(start: () => Promise<unknown>, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: install it with 'apt-get install -y firefox-esr' or set FIREFOX_PATH.`);
  }
}

/**
 * page.goto() never resolves for moz-extension:// pages (Firefox's BiDi hides their load
 * events, Mozilla bug 1755014), so navigate with the BiDi command through puppeteer's
 * frame internals (hence puppeteer-core is pinned) and wait for the document ourselves.
 */
async function navigateByBidi(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> } };
  await frame.browsingContext.navigate(url, 'complete');
}

async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  await navigateByBidi(page, url);
  await page.waitForFunction((target) => location.href === target && document.readyState === 'complete', {}, url);
}

/** `lang` asks for that UI language (intl.locale.requested), which needs its language pack (Debian's firefox-esr-l10n-*). */
export async function launchFirefox(options: { dir?: string; lang?: string } = {}): Promise<FirefoxSession> {
  assertFirefox();
  const dir = options.dir ?? FIREFOX_BUILD;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run 'npm run build' first.`);
  }
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = crypto.randomUUID();
  const [tripwire, downloadDir] = await Promise.all([startTripwire(), mkdtemp(path.join(os.tmpdir(), 'quire-firefox-downloads-'))]);
  const cleanUp = () => Promise.all([tripwire.close(), rm(downloadDir, { recursive: true, force: true })]);
  let browser: Browser;
  let extensionId: string;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
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
        ...(options.lang && { 'intl.locale.requested': options.lang }),
      },
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  try {
    extensionId = await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    await cleanUp();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  const extensionUrl = (pagePath: string) => `${origin}/${pagePath.replace(/^\//, '')}`;
  return {
    browser,
    extensionId,
    origin,
    tripwire,
    downloadDir,
    extensionUrl,
    async openExtensionPage(pagePath) {
      const page = await browser.newPage();
      await navigateExtensionPage(page, extensionUrl(pagePath));
      return page;
    },
    gotoExtensionPage: (page, pagePath) => navigateExtensionPage(page, extensionUrl(pagePath)),
    async openWebPage(url) {
      const page = await browser.newPage();
      // A fixture's alert() would block its load event; Playwright dismisses them by default, puppeteer does not.
      page.on('dialog', (dialog) => void dialog.dismiss());
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openBrowserPage(url) {
      const page = await browser.newPage();
      await navigateByBidi(page, url);
      return page;
    },
    async download(start, timeoutMs = 10_000) {
      const before = new Set(await readdir(downloadDir));
      await start();
      const deadline = Date.now() + timeoutMs;
      let seen = '';
      for (;;) {
        // Firefox may create an empty "<name>" before "<name>.part", writes into the latter and
        // renames it when done: a new file with content, no .part beside it, and the same size
        // on two looks in a row is finished.
        const files = await readdir(downloadDir);
        const name = files.find((file) => !before.has(file) && !file.endsWith('.part') && !files.includes(`${file}.part`));
        const size = name ? ((await stat(path.join(downloadDir, name)).catch(() => null))?.size ?? 0) : 0;
        const look = `${name}:${size}`;
        if (name && size > 0 && look === seen) return path.join(downloadDir, name);
        seen = look;
        if (Date.now() > deadline) throw new Error(`No download finished within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await browser.close();
      await cleanUp();
      if (tripwire.hits.length > 0) {
        throw new Error(`Firefox made requests outside 127.0.0.1: ${tripwire.hits.join(', ')}`);
      }
    },
  };
}
