/**
 * The list's first page, asked for while the popup's modules are still being evaluated
 * when it opens on the list. The popup's entry imports this module first.
 */
import { requestEarly } from '../../src/ui/client';
import { DEFAULT_PARAMS, toListQuery, type ListParams } from './query';

/** Whether the popup opens on the list rather than on the page to clip. */
export function opensOnList(): boolean {
  return new URLSearchParams(location.search).get('view') === 'list';
}

const takeEarly = requestEarly<'articles.list'>(opensOnList() ? { type: 'articles.list', query: toListQuery(DEFAULT_PARAMS) } : null);

/** The early answer for the list's first, default view, once; null for any other request. */
export function takeEarlyPage(params: ListParams) {
  return params === DEFAULT_PARAMS ? takeEarly() : null;
}
