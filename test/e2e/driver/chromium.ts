/**
 * The Chromium driver: Debian's Chromium over CDP with puppeteer-core, Quire's test build
 * (dist/chrome-test: the shipped build plus host permission for http://127.0.0.1/*, since
 * activeTab only comes from a real user gesture) loaded unpacked in a fresh profile.
 */
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../paths';
import { sessionOf } from './common';
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
 * Chromium in one UI language: on Linux it takes it from LANGUAGE and ignores --lang (which
 * Windows and macOS read), and only where its locale files are installed (Debian's
 * chromium-l10n); the UI stays en-US otherwise. No language: the environment as it is.
 */
export function chromiumLanguage(lang?: string): { env: NodeJS.ProcessEnv; args: string[] } {
  return lang ? { env: { ...process.env, LANGUAGE: lang }, args: [`--lang=${lang}`] } : { env: process.env, args: [] };
}

/**
 * Preferences of the fresh profile: no spelling dictionaries to download when a test types into a
 * field, and downloads one after another without Chromium asking whether the page may.
 */
const PREFERENCES = {
  browser: { enable_spellchecking: false },
  spellcheck: { dictionaries: [], dictionary: '', use_spelling_service: false },
  profile: { default_content_setting_values: { automatic_downloads: 1 } },
};

async function launch(dir: string, profile: string, downloadDir: string, tripwire: Tripwire, lang?: string): Promise<Browser> {
  const language = chromiumLanguage(lang);
  await mkdir(path.join(profile, 'Default'));
  await writeFile(path.join(profile, 'Default/Preferences'), JSON.stringify(PREFERENCES));
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 900, height: 700 },
    downloadBehavior: { policy: 'allow', downloadPath: downloadDir },
    ignoreDefaultArgs: ['--disable-extensions'],
    env: language.env,
    // Every request not for 127.0.0.1 (which Chromium never sends to a proxy) goes to the tripwire.
    args: [...CHROMIUM_FLAGS, ...language.args, `--proxy-server=http://127.0.0.1:${tripwire.port}`, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
}

type TargetLike = { type(): string; url(): string };
const isWorker = (t: TargetLike) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');

/**
 * Stops the extension's service worker through CDP (ServiceWorker.stopAllWorkers, sent in a
 * session on a tab already open, since a new tab would hide the one in front), resolved once
 * its target is gone.
 */
function workerStopper(browser: Browser): () => Promise<void> {
  let control: Promise<CDPSession> | null = null;
  return async () => {
    const worker = browser.targets().find(isWorker);
    if (!worker) return;
    const gone = new Promise<void>((resolve) => {
      const onGone = (target: unknown) => {
        if (target !== worker) return;
        browser.off('targetdestroyed', onGone);
        resolve();
      };
      browser.on('targetdestroyed', onGone);
    });
    const cdp = await (control ??= browser.pages().then(async ([page]) => {
      const session = await page!.createCDPSession();
      await session.send('ServiceWorker.enable');
      return session;
    }));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await gone;
  };
}

export async function launchChromium(dir: string, tripwire: Tripwire, downloadDir: string, lang?: string): Promise<Session> {
  assertChromium();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'quire-chromium-'));
  const browser = await launch(dir, profile, downloadDir, tripwire, lang).catch(async (error: unknown) => {
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
  const extensionId = new URL((await browser.waitForTarget(isWorker)).url()).host;
  return sessionOf(browser, {
    name: 'chromium',
    extensionId,
    origin: `chrome-extension://${extensionId}`,
    async gotoExtension(page, url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    gotoRestricted: (page) => page.goto('chrome://version'),
    backgroundScope: 'globalThis',
    // The worker may have been stopped and started again since: ask for the current one.
    inBackground: async (expression) => (await (await browser.waitForTarget(isWorker)).worker())!.evaluate(expression),
    stopBackground: workerStopper(browser),
    downloadDir,
    tripwire,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  });
}
