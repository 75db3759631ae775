/**
 * Loads a built Quire into Debian's Chromium with playwright-core, for the benchmarks and
 * screenshots (the real-browser tests have their own drivers in test/e2e/driver/). The
 * default is the test build (dist/chrome-test), since activeTab only comes from a real user gesture.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assertChromium, CHROME_BUILD, CHROME_PATH, CHROMIUM_FLAGS, chromiumLanguage } from '../../test/e2e/driver/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extensionUrl(pagePath: string): string;
  openExtensionPage(pagePath: string): Promise<Page>;
  close(): Promise<void>;
}

/** `lang` runs the browser in that UI language, as the tests' driver does (chromiumLanguage). */
export async function launchChromium(options: { dir?: string; lang?: string } = {}): Promise<ExtensionSession> {
  assertChromium();
  const dir = options.dir ?? CHROME_BUILD;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run 'npm run build' first.`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'quire-chromium-'));
  const language = chromiumLanguage(options.lang);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    env: language.env,
    args: [...CHROMIUM_FLAGS, ...language.args, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (pagePath: string) => `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl,
    async openExtensionPage(pagePath) {
      const page = await context.newPage();
      await page.goto(extensionUrl(pagePath));
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
