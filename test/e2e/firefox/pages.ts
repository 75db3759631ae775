/** Small puppeteer helpers for Quire's pages in Firefox: a probe page that talks to the background, and reading page text. */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Reply, RequestOf, RequestType, ResponseMap } from '../../../src/protocol';
import type { Article } from '../../../src/core/article';
import type { FirefoxSession } from './harness';

/** Firefox's own promise-based namespace, present in extension pages and content scripts. */
declare const browser: typeof chrome;

/** An options page kept open to find tabs and send requests the way Quire's own pages do. */
export interface Probe {
  page: Page;
  send<T>(message: unknown): Promise<Reply<T>>;
  /** send(), typed by the protocol and unwrapped: the reply's data, or a thrown error naming the request. */
  data<K extends RequestType>(request: RequestOf<K>): Promise<ResponseMap[K]>;
  /** The id of the tab showing exactly this URL. */
  tabIdOf(url: string): Promise<number>;
  /** The full saved record for a page, polling while a save is in flight; throws after `ms`. */
  article(url: string, ms?: number): Promise<Article>;
}

export async function openProbe(session: FirefoxSession): Promise<Probe> {
  const page = await session.openExtensionPage('options/index.html');
  const send = <T>(message: unknown) => page.evaluate((m) => browser.runtime.sendMessage(m), message) as Promise<Reply<T>>;
  return {
    page,
    send,
    async data<K extends RequestType>(request: RequestOf<K>) {
      const reply = await send<ResponseMap[K]>(request);
      if (!reply.ok) throw new Error(`${request.type} failed: ${reply.error.message}`);
      return reply.data;
    },
    async tabIdOf(url) {
      // Match patterns with a port never match in Firefox, so ask for the host and filter.
      const id = await page.evaluate(
        async (u) => (await browser.tabs.query({ url: 'http://127.0.0.1/*' })).find((tab) => tab.url === u)?.id,
        url,
      );
      if (id === undefined) throw new Error(`No tab at ${url}`);
      return id;
    },
    async article(url, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const meta = await send<{ id: string } | null>({ type: 'articles.byUrl', url });
        if (meta.ok && meta.data) {
          const full = await send<Article>({ type: 'articles.get', id: meta.data.id });
          if (full.ok) return full.data;
        }
        if (Date.now() > deadline) throw new Error(`Not saved: ${url} (${JSON.stringify(meta)})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** The first enabled button (within `scope`) whose label or visible text is exactly `name`, once it is there. */
export async function button(page: Page, name: string, scope = 'body'): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (n, s) =>
      [...document.querySelectorAll<HTMLButtonElement>(`${s} button`)].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n && !b.disabled,
      ),
    {},
    name,
    scope,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** Waits until the page's visible text matches. */
export async function waitForText(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction((source, flags) => new RegExp(source, flags).test(document.body.innerText), {}, pattern.source, pattern.flags);
}
