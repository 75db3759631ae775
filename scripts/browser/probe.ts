/** Talking to the background from a Playwright page, as Quire's own pages do, for the benchmarks and screenshots. */
import type { Page } from 'playwright-core';
import type { Clip } from '../../src/core/clip';
import type { RequestOf, RequestType, ResponseMap } from '../../src/protocol';
import type { ExtensionSession } from './chromium';

/** Sends one protocol request from an extension page and unwraps the reply. */
export async function send<K extends RequestType>(page: Page, request: RequestOf<K>): Promise<ResponseMap[K]> {
  const reply = await page.evaluate((req) => chrome.runtime.sendMessage(req), request as unknown as Record<string, unknown>);
  if (!reply?.ok) throw new Error(`${request.type} failed: ${JSON.stringify(reply?.error)}`);
  return reply.data as ResponseMap[K];
}

export async function saveClip(page: Page, clip: Clip, tags: string[] = []) {
  return send(page, { type: 'page.save', tabId: 0, mode: 'article', tags, clip });
}

/** An extension page kept open: it finds tabs and talks to the background like the popup does. */
export interface ExtensionProbe {
  tabIdOf(url: string): Promise<number>;
  send<T = unknown>(message: unknown): Promise<{ ok: boolean; data: T; error?: { code: string; message: string } }>;
}

export async function openProbe(session: ExtensionSession): Promise<{ page: Page; probe: ExtensionProbe }> {
  const page = await session.openExtensionPage('options/index.html');
  const probe: ExtensionProbe = {
    async tabIdOf(url) {
      const id = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url.split('#')[0]!);
      if (id === undefined) throw new Error(`No tab at ${url}`);
      return id;
    },
    send: (message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as never,
  };
  return { page, probe };
}
