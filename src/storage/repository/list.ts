/**
 * Listing one page of the reading list: see list-plan.ts for how a page is found.
 * Totals come from the running counts when at most one filter applies.
 */
import type { ArticleMeta, ArticleStatus } from '../../core/article';
import { normalizeTag } from '../../core/tags';
import { guarded } from '../errors';
import { toMeta } from '../records';
import type { StoredArticle } from '../schema';
import { queryTerms } from '../search/tokenize';
import type { RepoContext } from './context';
import { readCount } from './counts';
import { hitsInOrder, type OrderEntry } from './list-order';
import { countedTotal, intersectionSize } from './list-totals';
import { searchHits, withHighlightCounts } from './list-highlights';
import { decodeCursor, encodeCursor, type IndexKey, type SortKey } from './cursor';
import { compareKeys, indexKey, isIndexed, matches, rarestFilter, scanChunk, statusRows, type Candidates, type Filters } from './list-plan';

export type { SortKey };

export interface ListQuery {
  status?: ArticleStatus;
  tag?: string;
  favorite?: boolean;
  /** Only the articles with highlights. */
  highlighted?: boolean;
  /** Full-text search; combines with the other filters. */
  query?: string;
  /** 'relevance' ranks by search score and needs a query; without one it means newest saved first. */
  sort: SortKey | 'relevance';
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string | null;
}

export interface ListPage {
  items: ArticleMeta[];
  nextCursor: string | null;
  total: number;
}

const MAX_CHUNK = 1000;

/** One page to find: which rows, in which order, after which key, how many. */
interface PageRequest {
  filters: Filters;
  sort: SortKey;
  order: 'asc' | 'desc';
  after: IndexKey | null;
  limit: number;
}

/** What the counts say before any row is read: the rarest filter's keys, and how many rows a scan would cover. */
interface Estimates {
  rarest: Candidates | null;
  scanned: number;
}

interface Found {
  rows: StoredArticle[];
  /** Known when every match was read. */
  total: number | null;
}

async function loadAll(ctx: RepoContext, ids: string[]): Promise<StoredArticle[]> {
  return (await ctx.db.articles.bulkGet(ids)).filter((row): row is StoredArticle => row !== undefined);
}

function fromCandidates(candidates: StoredArticle[], { filters, sort, order, after, limit }: PageRequest): Found {
  const sign = order === 'asc' ? 1 : -1;
  const rows = candidates
    .filter((row) => matches(row, filters))
    .sort((a, b) => sign * compareKeys(indexKey(a, sort), indexKey(b, sort)));
  const start = after ? rows.findIndex((row) => sign * compareKeys(indexKey(row, sort), after) > 0) : 0;
  return { rows: start < 0 ? [] : rows.slice(start, start + limit + 1), total: rows.length };
}

/**
 * Scans in chunks; the first is sized from the expected share of matches (a quarter
 * more), so a common filter fills its page in one read instead of several.
 */
async function byScan(ctx: RepoContext, { filters, sort, order, after, limit }: PageRequest, share: number): Promise<Found> {
  const found: StoredArticle[] = [];
  let position = after;
  const first = Math.min(MAX_CHUNK, Math.ceil(((limit + 1) / Math.max(share, 1e-3)) * (share < 1 ? 1.25 : 1)));
  for (let chunk = first; found.length <= limit; chunk = Math.min(chunk * 2, MAX_CHUNK)) {
    const { rows, exhausted } = await scanChunk(ctx.db, sort, order, filters.status, position, chunk);
    found.push(...rows.filter((row) => matches(row, filters)));
    if (exhausted) break;
    position = indexKey(rows[rows.length - 1]!, sort);
  }
  return { rows: found.slice(0, limit + 1), total: null };
}

/** The page's rows (and one more), by the cheapest of the plans in list-plan.ts. */
async function findRows(ctx: RepoContext, page: PageRequest, { rarest, scanned }: Estimates): Promise<Found> {
  if (!isIndexed(page.sort)) {
    // One read of the status range beats fetching most of it key by key.
    const candidates = rarest && rarest.size * 4 < scanned ? await loadAll(ctx, await rarest.ids()) : await statusRows(ctx.db, page.filters.status);
    return fromCandidates(candidates, page);
  }
  // Scanning visits about limit × scanned / size entries; candidates cost about size.
  if (rarest && rarest.size * rarest.size <= (page.limit + 1) * scanned) {
    return fromCandidates(await loadAll(ctx, await rarest.ids()), page);
  }
  return byScan(ctx, page, rarest && scanned > 0 ? Math.min(1, rarest.size / scanned) : 1);
}

/** A search by date saved, from the list's order in memory (list-order.ts): the page's rows only are read. */
async function fromOrder(ctx: RepoContext, entries: OrderEntry[], { filters, order, after, limit }: PageRequest): Promise<Found> {
  const { ids, total } = hitsInOrder(entries, filters.hits!, filters.status, order, after, limit + 1);
  return { rows: (await loadAll(ctx, ids)).filter((row) => matches(row, filters)), total };
}

async function planned(ctx: RepoContext, page: PageRequest): Promise<Found> {
  const { db } = ctx;
  const [rarest, scanned] = await Promise.all([rarestFilter(db, page.filters), readCount(db, page.filters.status ? `status:${page.filters.status}` : 'all')]);
  return findRows(ctx, page, { rarest, scanned });
}

async function sortedPage(ctx: RepoContext, query: ListQuery, filters: Filters, sort: SortKey): Promise<ListPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const after = cursor && 'after' in cursor ? cursor.after : null;
  const page: PageRequest = { filters, sort, order: query.order, after, limit: query.limit };
  const inOrder = filters.hits && sort === 'savedAt' && filters.tag === undefined && filters.favorite === undefined;
  const entries = inOrder ? ctx.order.current() : null;
  const found = entries ? await fromOrder(ctx, entries, page) : await planned(ctx, page);
  const total = found.total ?? (await countedTotal(ctx, filters)) ?? (await intersectionSize(ctx, filters));
  const items = found.rows.slice(0, query.limit);
  const last = items[items.length - 1];
  const more = found.rows.length > query.limit && last !== undefined;
  return { items: items.map(toMeta), nextCursor: more ? encodeCursor({ after: indexKey(last, sort) }) : null, total };
}

/** The hits, in rank order, that pass the other filters; a rare tag or favourites narrows them by keys first. */
async function rankedMatching(ctx: RepoContext, ranked: string[], filters: Filters): Promise<string[]> {
  const rarest = await rarestFilter(ctx.db, { ...filters, hits: undefined });
  let pool = ranked;
  if (rarest && rarest.size < ranked.length) {
    const ids = new Set(await rarest.ids());
    pool = ranked.filter((id) => ids.has(id));
  }
  return (await loadAll(ctx, pool)).filter((row) => matches(row, filters)).map((row) => row.id);
}

async function rankedPage(ctx: RepoContext, query: ListQuery, filters: Filters, ranked: string[]): Promise<ListPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
  const onlyQuery = filters.status === undefined && filters.tag === undefined && filters.favorite === undefined;
  const matching = onlyQuery ? ranked : await rankedMatching(ctx, ranked, filters);
  const rows = await loadAll(ctx, matching.slice(offset, offset + query.limit));
  const next = offset + query.limit;
  return { items: rows.map(toMeta), nextCursor: next < matching.length ? encodeCursor({ offset: next }) : null, total: matching.length };
}

export async function list(ctx: RepoContext, query: ListQuery): Promise<ListPage> {
  return guarded(async () => {
    const searched = queryTerms(query.query?.trim() ?? '').length > 0;
    const { ranked, hits } = await searchHits(ctx, query, searched);
    const filters: Filters = {
      status: query.status,
      tag: query.tag === undefined ? undefined : normalizeTag(query.tag),
      favorite: query.favorite,
      hits,
    };
    const { db } = ctx;
    return db.transaction('r', [db.articles, db.counts], async () => {
      const page = ranked ? await rankedPage(ctx, query, filters, ranked) : await sortedPage(ctx, query, filters, query.sort === 'relevance' ? 'savedAt' : query.sort);
      return withHighlightCounts(ctx, page);
    });
  });
}
