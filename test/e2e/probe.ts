/** Talking to Quire's background from a test the way its pages do, through the session's extension page. */
import type { Reply, RequestOf, RequestType, ResponseMap } from '../../src/protocol';
import type { Article } from '../../src/core/article';
import type { Session } from './driver/session';

/** Sends a message as the popup would and returns the reply as it came. */
export function reply<T>(session: Session, message: unknown): Promise<Reply<T>> {
  return session.extension((api, m) => api.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

/** Sends one protocol request and unwraps the reply: its data, or an error naming the request. */
export async function send<K extends RequestType>(session: Session, request: RequestOf<K>): Promise<ResponseMap[K]> {
  const answer = await reply<ResponseMap[K]>(session, request);
  if (!answer.ok) throw new Error(`${request.type} failed: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** The id of the tab showing exactly this address (match patterns with a port never match in Firefox, so ask by host). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const id = await session.extension(
    async (api, u) => (await api.tabs.query({ url: 'http://127.0.0.1/*' })).find((tab) => tab.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}

/** The saved record for a page, polling while a save is in flight; throws after `ms`. */
export async function article(session: Session, url: string, ms = 5000): Promise<Article> {
  const deadline = Date.now() + ms;
  for (;;) {
    const meta = await send(session, { type: 'articles.byUrl', url });
    if (meta) return (await send(session, { type: 'articles.get', id: meta.id })) as Article;
    if (Date.now() > deadline) throw new Error(`Not saved: ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The badge text on a tab. */
export const badge = (session: Session, tabId: number) => session.extension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);

/** Replaces Quire's settings in extension storage. */
export const setSettings = (session: Session, settings: Record<string, unknown>) =>
  session.extension((api, s) => api.storage.local.set({ settings: s }), settings);

export const storedSettings = (session: Session) =>
  session.extension(async (api) => (await api.storage.local.get('settings')).settings as Record<string, unknown> | undefined);

/** Empties the reading list and the settings, so each test starts from a known state. */
export async function startAfresh(session: Session): Promise<void> {
  await send(session, { type: 'data.deleteAll' });
  await session.extension((api) => api.storage.local.clear());
}
