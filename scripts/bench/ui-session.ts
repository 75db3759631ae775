/**
 * bench:ui's view of a browser with Quire loaded, the same for Chromium (playwright-core)
 * and Firefox ESR (puppeteer-core over WebDriver BiDi): open an extension page, evaluate
 * an expression in it, type, and stop the background for a cold open where the browser
 * lets a harness do it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../browser/chromium';
import { launchFirefox } from '../../test/e2e/driver/firefox';
import { startTripwire } from '../../test/e2e/driver/tripwire';

export type BrowserName = 'chromium' | 'firefox';

export interface BenchTab {
  /** An expression (not a function: tsx would wrap one in helpers the page lacks); a promise is awaited. */
  evaluate<T>(expression: string): Promise<T>;
  type(text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface UiSession {
  browser: BrowserName;
  /** A new tab on one of Quire's pages, loaded. */
  open(pagePath: string): Promise<BenchTab>;
  /** Stops the background so the next request starts it afresh; false where the harness has no way. */
  stopBackground(): Promise<boolean>;
  close(): Promise<void>;
}

async function chromiumSession(dir: string): Promise<UiSession> {
  const session = await launchChromium({ dir });
  const control = await session.context.newPage();
  const cdp = await session.context.newCDPSession(control);
  const stopped: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.every((v) => v.runningStatus === 'stopped')) stopped.splice(0).forEach((done) => done());
  });
  await cdp.send('ServiceWorker.enable');
  return {
    browser: 'chromium',
    async open(pagePath) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl(pagePath));
      return {
        evaluate: (expression) => page.evaluate(expression),
        type: (text) => page.keyboard.type(text),
        focus: (selector) => page.locator(selector).focus(),
        close: () => page.close(),
      };
    },
    async stopBackground() {
      const done = new Promise<void>((resolve) => stopped.push(resolve));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await done;
      return true;
    },
    close: () => session.close(),
  };
}

async function firefoxSession(dir: string): Promise<UiSession> {
  const [tripwire, downloadDir] = await Promise.all([startTripwire(), mkdtemp(path.join(os.tmpdir(), 'quire-bench-downloads-'))]);
  const session = await launchFirefox(dir, tripwire, downloadDir);
  return {
    browser: 'firefox',
    async open(pagePath) {
      const tab = await session.openExtensionPage(pagePath);
      return {
        // The driver hands a string on to puppeteer, which evaluates it as an expression.
        evaluate: <T>(expression: string) => tab.evaluate(expression as unknown as () => T),
        type: (text) => tab.type(text),
        focus: (selector) => tab.focus(selector),
        close: () => tab.close(),
      };
    },
    // Firefox runs the background as an event page; nothing a harness reaches suspends it on demand.
    stopBackground: async () => false,
    async close() {
      await session.close();
      await Promise.all([tripwire.close(), rm(downloadDir, { recursive: true, force: true })]);
    },
  };
}

export function launchSession(browser: BrowserName, dir: string): Promise<UiSession> {
  return browser === 'chromium' ? chromiumSession(dir) : firefoxSession(dir);
}

/** Polls an expression until it gives a value other than null/undefined/false. */
export async function until<T>(tab: BenchTab, expression: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await tab.evaluate<T | null | undefined | false>(expression);
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Milliseconds from navigation start to the named mark, once the page has left it. */
export const markTime = (tab: BenchTab, mark: string) => until<number>(tab, `performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime`);

/** What Firefox answers a message sent while its suspended background page starts again: it never reached the background. */
const NOT_LISTENING = /Could not establish connection|Receiving end does not exist/;

/**
 * Sends one protocol request from an extension page and unwraps the reply. A message refused
 * because the background is starting again is sent again, for up to a minute: after seeding
 * 30,000 articles on a busy machine, Firefox's background took longer than one 2 s pause.
 */
export async function sendFrom<T>(tab: BenchTab, request: object): Promise<T> {
  const send = () => tab.evaluate<{ ok: boolean; data: T; error?: unknown }>(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify(request)})`);
  const deadline = Date.now() + 60_000;
  let reply: Awaited<ReturnType<typeof send>> | undefined;
  for (let sent = false; !sent; ) {
    try {
      reply = await send();
      sent = true;
    } catch (error) {
      if (!NOT_LISTENING.test(String(error)) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  if (!reply?.ok) throw new Error(`${JSON.stringify(request).slice(0, 80)} failed: ${JSON.stringify(reply?.error)}`);
  return reply.data;
}
