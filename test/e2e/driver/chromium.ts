/**
 * The Chromium driver: Debian's Chromium over CDP with puppeteer-core, Quire's test build
 * (dist/chrome-test: the shipped build plus host permission for http://127.0.0.1/*, since
 * activeTab only comes from a real user gesture) loaded unpacked in a fresh profile.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../paths';
import { awaitDownload } from './downloads';
import { callWithApi, tabsOf, type Scripted } from './common';
import type { Session } from './session';
import type { Tripwire } from './tripwire';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = path.join(ROOT, 'dist/chrome-test');

export function assertChromium(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}: install it with 'apt-get install -y chromium' or set CHROME_PATH.`);
  }
}

/** Chromium's flags for a quiet, headless run with nothing but 127.0.0.1 resolving (the benchmarks use them too). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  // Chromium's own calls home that the flags above leave on: network time, form autofill, translation
  // and media routing turned off; the component updater and sign-in pointed at a closed local port,
  // as Firefox's settings server is pointed at data:.
  '--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,Translate,MediaRouter,OptimizationHints',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/', '--allow-browser-signin=false',
];

/**
 * Preferences of the fresh profile: no spelling dictionaries to download when a test types into a
 * field, and downloads one after another without Chromium asking whether the page may.
 */
const PREFERENCES = {
  browser: { enable_spellchecking: false },
  spellcheck: { dictionaries: [], dictionary: '', use_spelling_service: false },
  profile: { default_content_setting_values: { automatic_downloads: 1 } },
};

async function launch(dir: string, profile: string, downloadDir: string, tripwire: Tripwire): Promise<Browser> {
  await mkdir(path.join(profile, 'Default'));
  await writeFile(path.join(profile, 'Default/Preferences'), JSON.stringify(PREFERENCES));
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 900, height: 700 },
    downloadBehavior: { policy: 'allow', downloadPath: downloadDir },
    ignoreDefaultArgs: ['--disable-extensions'],
    // Every request not for 127.0.0.1 (which Chromium never sends to a proxy) goes to the tripwire.
    args: [...CHROMIUM_FLAGS, `--proxy-server=http://127.0.0.1:${tripwire.port}`, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
}

export async function launchChromium(dir: string, tripwire: Tripwire, downloadDir: string): Promise<Session> {
  assertChromium();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'quire-chromium-'));
  const browser = await launch(dir, profile, downloadDir, tripwire).catch(async (error: unknown) => {
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
  const isWorker = (t: { type(): string; url(): string }) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');
  const worker = await browser.waitForTarget(isWorker);
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  const extensionUrl = (pagePath: string) => `${origin}/${pagePath.replace(/^\//, '')}`;
  const tabs = await tabsOf(browser, async (page, pagePath) => {
    await page.goto(extensionUrl(pagePath), { waitUntil: 'load' });
  });
  return {
    name: 'chromium',
    extensionId,
    origin,
    extensionUrl,
    newTab: tabs.newTab,
    openPage: tabs.openPage,
    openExtensionPage: tabs.openExtensionPage,
    extension: tabs.extension,
    async background(fn, ...args) {
      // The worker may have been stopped and started again since: ask for the current one.
      const current = await (await browser.waitForTarget(isWorker)).worker();
      return current!.evaluate(callWithApi(fn as Scripted, args, 'globalThis')) as never;
    },
    async openRestrictedPage() {
      // Without the tabs permission a query cannot find chrome:// tabs by address: the new tab is the one that was not there before.
      let page: Page | undefined;
      const tabId = await tabs.newTabId(async () => {
        page = await tabs.newPage();
        await page.goto('chrome://version');
      });
      return { tabId, close: () => page!.close() };
    },
    waitForTab: tabs.waitForTab,
    download: (start) => awaitDownload(downloadDir, start),
    tripwireHits: tripwire.hits,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
