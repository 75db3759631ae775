/**
 * The article the reader opens on, asked for while the page's modules are still being
 * evaluated. The entry imports this first.
 */
import { requestEarly } from '../src/ui/client';

export const openedId = new URLSearchParams(location.search).get('id');

const takeEarly = requestEarly<'articles.get'>(openedId ? { type: 'articles.get', id: openedId } : null);

/** The early answer for the opened article, once; later loads (retry, after a fetch) ask afresh. */
export function takeEarlyArticle(id: string) {
  return id === openedId ? takeEarly() : null;
}
