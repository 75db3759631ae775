/**
 * Loads a built Quire into Debian's Chromium with playwright-core. The default is the
 * test build (dist/chrome-test): the shipped build plus host permission for
 * http://127.0.0.1/*, since activeTab only comes from a real user gesture.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extensionUrl(pagePath: string): string;
  openExtensionPage(pagePath: string): Promise<Page>;
  close(): Promise<void>;
}

export function assertChromium(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}: install it with 'apt-get install -y chromium' or set CHROME_PATH.`);
  }
}

/**
 * `lang` runs the browser in that UI language. Chromium on Linux takes it from LANGUAGE
 * and ignores --lang (which Windows and macOS read), and only where its locale files are
 * installed (Debian's chromium-l10n); the UI stays en-US otherwise.
 */
export async function launchChromium(options: { dir?: string; lang?: string } = {}): Promise<ExtensionSession> {
  assertChromium();
  const dir = options.dir ?? path.join(ROOT, 'dist/chrome-test');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run 'npm run build' first.`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'quire-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    ...(options.lang && { env: { ...process.env, LANGUAGE: options.lang } }),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
    ],
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
