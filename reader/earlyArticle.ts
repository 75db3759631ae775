/**
 * The article the reader opens on, asked for while the page's modules are still being
 * evaluated, so the background reads it while the page starts. The entry imports this first.
 */
import type { ResponseMap } from '../src/protocol';
import { request } from '../src/ui/client';

type Reply = Promise<ResponseMap['articles.get']>;

export const openedId = new URLSearchParams(location.search).get('id');

let early: Reply | null = null;
if (openedId) {
  early = request({ type: 'articles.get', id: openedId });
  // Handled where it is taken; this keeps a failure unseen until then from being reported as unhandled.
  early.catch(() => undefined);
}

/** The early answer for the opened article, once; later loads (retry, after a fetch) ask afresh. */
export function takeEarlyArticle(id: string): Reply | null {
  if (id !== openedId) return null;
  const reply = early;
  early = null;
  return reply;
}
