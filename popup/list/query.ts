/** What the list asks the background for: the filter and sort the user chose, as a ListQuery. */
import type { ArticleMeta } from '../../src/core/article';
import type { ListQuery, SortField } from '../../src/protocol';

export type StatusFilter = 'all' | 'unread' | 'archived' | 'favorites' | 'highlighted';
export type SortChoice = 'newest' | 'oldest' | 'published' | 'title' | 'shortest' | 'longest';

export interface ListParams {
  status: StatusFilter;
  tag: string | null;
  query: string;
  sort: SortChoice;
}

/**
 * About three popups full (a row is about 60 px of the list's 420): enough to scroll into
 * while the next page loads, little to lay out on opening and on each search keystroke.
 */
export const PAGE_SIZE = 20;

export const SORTS: Record<SortChoice, { sort: SortField; order: 'asc' | 'desc' }> = {
  newest: { sort: 'savedAt', order: 'desc' },
  oldest: { sort: 'savedAt', order: 'asc' },
  published: { sort: 'publishedTime', order: 'desc' },
  title: { sort: 'title', order: 'asc' },
  shortest: { sort: 'readingMinutes', order: 'asc' },
  longest: { sort: 'readingMinutes', order: 'desc' },
};

export const DEFAULT_PARAMS: ListParams = { status: 'all', tag: null, query: '', sort: 'newest' };

export function toListQuery(params: ListParams, cursor: string | null = null): ListQuery {
  const query: ListQuery = { ...SORTS[params.sort], limit: PAGE_SIZE, cursor };
  if (params.status === 'unread' || params.status === 'archived') query.status = params.status;
  if (params.status === 'favorites') query.favorite = true;
  if (params.status === 'highlighted') query.highlighted = true;
  if (params.tag) query.tag = params.tag;
  const text = params.query.trim();
  if (text) query.query = text;
  return query;
}

/** Whether an article changed in place (archived, unfavorited, untagged) still belongs in the view. */
export function stillMatches(meta: ArticleMeta, params: ListParams): boolean {
  if (params.status === 'unread' && meta.status !== 'unread') return false;
  if (params.status === 'archived' && meta.status !== 'archived') return false;
  if (params.status === 'favorites' && !meta.favorite) return false;
  return !params.tag || meta.tags.includes(params.tag);
}

/** No filter and no search: an empty result then means an empty reading list. */
export function isUnfiltered(params: ListParams): boolean {
  return params.status === 'all' && !params.tag && !params.query.trim();
}

/** The list's first page as it opens: unfiltered, newest first (what the popup's snapshot shows). */
export function isFirstView(params: ListParams): boolean {
  return isUnfiltered(params) && params.sort === 'newest';
}
