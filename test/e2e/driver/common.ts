/** What the two drivers share: tabs, the probe page, finding tabs, and running code with the extension API. */
import type { Browser, Page } from 'puppeteer-core';
import { awaitDownload } from './downloads';
import type { BrowserName, Session, Tab } from './session';
import { tabOf, type OpenExtensionPage } from './tab';
import type { Tripwire } from './tripwire';

export type Scripted = (...args: never[]) => unknown;

/**
 * An expression calling `fn` with the page's extension API and `args` (JSON), its result copied
 * as JSON; `scope`, when given, is an expression for a first argument before them (the background's global scope).
 */
export function callWithApi(fn: Scripted, args: unknown[], scope?: string): string {
  const call = `(${fn.toString()})(${scope ? `${scope}, ` : ''}globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`;
  return `(async () => { const result = await ${call}; return result === undefined ? undefined : JSON.parse(JSON.stringify(result)); })()`;
}

export interface Tabs {
  newPage(dialogs?: string[]): Promise<Page>;
  newTab(): Promise<Tab>;
  openPage(url: string): Promise<Tab>;
  openExtensionPage(pagePath: string, dialogs?: string[]): Promise<Tab>;
  extension: Session['extension'];
  /** Evaluates an expression in the probe page. */
  inProbe(expression: string): Promise<unknown>;
  waitForTab(part: string): Promise<Tab>;
  /** Runs `open`, which opens a tab, and returns the id of the tab that was not there before. */
  newTabId(open: () => Promise<unknown>): Promise<number>;
}

export async function tabsOf(browser: Browser, gotoExtension: OpenExtensionPage): Promise<Tabs> {
  async function newPage(dialogs?: string[]): Promise<Page> {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs?.push(dialog.message());
      void dialog.dismiss();
    });
    return page;
  }
  const probe = await newPage();
  await gotoExtension(probe, 'options/index.html');
  const inProbe = (expression: string) => probe.evaluate(expression);
  const extension: Session['extension'] = (fn, ...args) => inProbe(callWithApi(fn as Scripted, args)) as never;
  const tabIds = () => extension(async (api) => (await api.tabs.query({})).map((tab) => tab.id!));
  return {
    newPage,
    newTab: async () => tabOf(await newPage(), gotoExtension),
    async openPage(url) {
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return tabOf(page, gotoExtension);
    },
    async openExtensionPage(pagePath, dialogs) {
      const page = await newPage(dialogs);
      await gotoExtension(page, pagePath);
      return tabOf(page, gotoExtension);
    },
    extension,
    inProbe,
    async waitForTab(part) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.includes(part)) return tabOf(page, gotoExtension);
        }
        if (Date.now() > deadline) throw new Error(`No tab at an address containing ${part}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async newTabId(open) {
      const before = await tabIds();
      await open();
      const id = (await tabIds()).find((tabId) => !before.includes(tabId));
      if (id === undefined) throw new Error('No new tab');
      return id;
    },
  };
}

/** What differs between the two browsers, from which sessionOf builds the rest of a Session. */
export interface DriverParts {
  name: BrowserName;
  extensionId: string;
  origin: string;
  /** Loads one of Quire's pages (whose load events Firefox's BiDi hides) into a tab, and waits for it. */
  gotoExtension(page: Page, url: string): Promise<void>;
  /** Loads a page of the browser's own that extensions may not read into a tab. */
  gotoRestricted(page: Page): Promise<unknown>;
  /** An expression, evaluated beside the background, for its global scope. */
  backgroundScope: string;
  /** Evaluates an expression in the background, or beside it from the probe page (`inProbe`). */
  inBackground(expression: string, inProbe: (expression: string) => Promise<unknown>): Promise<unknown>;
  stopBackground(): Promise<void>;
  downloadDir: string;
  tripwire: Tripwire;
  close(): Promise<void>;
}

export async function sessionOf(browser: Browser, parts: DriverParts): Promise<Session> {
  const extensionUrl = (pagePath: string) => `${parts.origin}/${pagePath.replace(/^\//, '')}`;
  const tabs = await tabsOf(browser, (page, pagePath) => parts.gotoExtension(page, extensionUrl(pagePath))).catch(async (error: unknown) => {
    await parts.close();
    throw error;
  });
  return {
    name: parts.name,
    extensionId: parts.extensionId,
    origin: parts.origin,
    extensionUrl,
    newTab: tabs.newTab,
    openPage: tabs.openPage,
    openExtensionPage: tabs.openExtensionPage,
    extension: tabs.extension,
    background: (fn, ...args) => parts.inBackground(callWithApi(fn as Scripted, args, parts.backgroundScope), tabs.inProbe) as never,
    async openRestrictedPage() {
      // Without the tabs permission a query gives no address for such tabs: the new tab is the one that was not there before.
      let page: Page | undefined;
      const tabId = await tabs.newTabId(async () => {
        page = await tabs.newPage();
        await parts.gotoRestricted(page);
      });
      return { tabId, close: () => page!.close() };
    },
    waitForTab: tabs.waitForTab,
    download: (start) => awaitDownload(parts.downloadDir, start),
    stopBackground: parts.stopBackground,
    tripwireHits: parts.tripwire.hits,
    close: parts.close,
  };
}
