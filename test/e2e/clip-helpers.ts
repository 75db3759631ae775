/** Driving the popup against a chosen tab, and reading records back, from real-browser tests. */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

/** An extension page that stays open: it finds tabs and talks to the background like the popup does. */
export interface ExtensionProbe {
  tabIdOf(url: string): Promise<number>;
  send<T = unknown>(message: unknown): Promise<{ ok: boolean; data: T; error?: { code: string; message: string } }>;
  /** Polls until the background knows the URL (a save in flight), or gives up after `ms`. */
  waitForSaved(url: string, ms?: number): Promise<Record<string, unknown>>;
}

export async function openProbe(session: ExtensionSession): Promise<{ page: Page; probe: ExtensionProbe }> {
  const page = await session.openExtensionPage('options/index.html');
  const send = <T,>(message: unknown) =>
    page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data: T; error?: { code: string; message: string } }>;
  const probe: ExtensionProbe = {
    async tabIdOf(url) {
      const id = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url.split('#')[0]!);
      if (id === undefined) throw new Error(`No tab at ${url}`);
      return id;
    },
    send,
    async waitForSaved(url, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const reply = await send<Record<string, unknown> | null>({ type: 'articles.byUrl', url });
        if (reply.ok && reply.data) return reply.data;
        if (Date.now() > deadline) throw new Error(`Not saved: ${url} (${JSON.stringify(reply)})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return { page, probe };
}

/** Opens the page in a tab, then the popup as a tab pointed at it (the way tests reach the popup). */
export async function openPopupOn(session: ExtensionSession, probe: ExtensionProbe, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await probe.tabIdOf(url);
  const popup = await session.openExtensionPage(`popup/index.html?tabId=${tabId}`);
  return { page, popup, tabId };
}
