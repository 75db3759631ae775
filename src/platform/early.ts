/**
 * The two calls the popup's first, classic script makes before its bundle, and with it
 * webextension-polyfill, is loaded (popup/ask-early.ts): Firefox's `browser`, else Chrome's
 * `chrome`, both promise-based for these calls under Manifest V3. Everything else goes
 * through browser.ts.
 */
import type { Reply, RequestOf, RequestType, ResponseMap } from '../protocol';

interface EarlyApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
}

const api = (): EarlyApi => ((globalThis as { browser?: EarlyApi }).browser ?? chrome) as unknown as EarlyApi;

/** The tab the popup opened on: `?tabId=N` (how tests drive the popup as a tab), else the active tab. */
export async function earlyTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await api().tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Sends a request; the reply as the background gave it (undefined when none came), unwrapped by src/ui/client.ts. */
export function earlyRequest<K extends RequestType>(request: RequestOf<K>): Promise<Reply<ResponseMap[K]> | undefined> {
  return api().runtime.sendMessage(request) as Promise<Reply<ResponseMap[K]> | undefined>;
}
