/**
 * The list's first page, asked for while the popup's modules are still being evaluated
 * when it opens on the list: the background starts searching before anything renders.
 * The popup's entry imports this module first.
 */
import type { ListPage } from '../../src/protocol';
import { request } from '../../src/ui/client';
import { DEFAULT_PARAMS, toListQuery, type ListParams } from './query';

let early: Promise<ListPage> | null = null;

/** Whether the popup opens on the list rather than on the page to clip. */
export function opensOnList(): boolean {
  return new URLSearchParams(location.search).get('view') === 'list';
}

if (opensOnList()) {
  early = request({ type: 'articles.list', query: toListQuery(DEFAULT_PARAMS) });
  // Handled where it is taken; this keeps a failure unseen until then from being reported as unhandled.
  early.catch(() => undefined);
}

/** The early answer for the list's first, default view, once; null for any other request. */
export function takeEarlyPage(params: ListParams): Promise<ListPage> | null {
  if (params !== DEFAULT_PARAMS) return null;
  const page = early;
  early = null;
  return page;
}
