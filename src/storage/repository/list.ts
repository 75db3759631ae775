/**
 * Listing one page of the reading list. Without filters a page is a bounded range scan
 * of a sort index. With filters, each filter yields the set of matching ids from its
 * index (keys only, no records), and the page walks the sort index's keys, keeping the
 * first ids in every set: the cost stays a few key reads whatever the size of the list,
 * and only the articles shown are loaded.
 */
import type { ArticleMeta, ArticleStatus } from '../../core/article';
import { normalizeTag } from '../../core/tags';
import { guarded } from '../errors';
import { toMeta } from '../records';
import type { StoredArticle } from '../schema';
import { queryTerms } from '../search/tokenize';
import type { RepoContext } from './context';
import { decodeCursor, encodeCursor, type IndexKey, type SortKey } from './cursor';

export type { SortKey };

export interface ListQuery {
  status?: ArticleStatus;
  tag?: string;
  favorite?: boolean;
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

const SORT_INDEX: Record<SortKey, string> = {
  savedAt: '[savedAt+id]',
  publishedTime: '[pubAt+id]',
  title: '[titleKey+id]',
  readingMinutes: '[readingMinutes+id]',
};

function indexKey(article: StoredArticle, sort: SortKey): IndexKey {
  const value = { savedAt: article.savedAt, publishedTime: article.pubAt, title: article.titleKey, readingMinutes: article.readingMinutes }[sort];
  return [value, article.id];
}

function intersect(sets: Set<string>[]): Set<string> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((set) => set.has(id))));
}

async function filterSets(ctx: RepoContext, query: ListQuery, ranked: string[] | null): Promise<Set<string> | null> {
  const { articles } = ctx.db;
  const sets: Promise<Set<string>>[] = [];
  const keys = (collection: { primaryKeys(): Promise<string[]> }) => collection.primaryKeys().then((ids) => new Set(ids));
  if (query.status) sets.push(keys(articles.where('status').equals(query.status)));
  if (query.favorite !== undefined) sets.push(keys(articles.where('fav').equals(query.favorite ? 1 : 0)));
  if (query.tag !== undefined) sets.push(keys(articles.where('tags').equals(normalizeTag(query.tag))));
  if (ranked) sets.push(Promise.resolve(new Set(ranked)));
  return intersect(await Promise.all(sets));
}

function range(ctx: RepoContext, sort: SortKey, order: 'asc' | 'desc', after: IndexKey | null) {
  const index = SORT_INDEX[sort];
  if (!after) return ctx.db.articles.orderBy(index);
  return order === 'desc' ? ctx.db.articles.where(index).below(after) : ctx.db.articles.where(index).above(after);
}

async function loadPage(ctx: RepoContext, ids: string[]): Promise<StoredArticle[]> {
  const rows = await ctx.db.articles.bulkGet(ids);
  return rows.filter((row): row is StoredArticle => row !== undefined);
}

async function sortedPage(ctx: RepoContext, query: ListQuery, sort: SortKey, allowed: Set<string> | null): Promise<ListPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const after = cursor && 'after' in cursor ? cursor.after : null;
  const coll = range(ctx, sort, query.order, after);
  let rows: StoredArticle[];
  if (!allowed) {
    rows = await (query.order === 'desc' ? coll.reverse() : coll).limit(query.limit + 1).toArray();
  } else {
    // Keys come ascending in one cheap read; a descending page walks them from the end.
    const ordered = await coll.primaryKeys();
    if (query.order === 'desc') ordered.reverse();
    const ids: string[] = [];
    for (const id of ordered) {
      if (!allowed.has(id)) continue;
      ids.push(id);
      if (ids.length > query.limit) break;
    }
    rows = await loadPage(ctx, ids);
  }
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  const total = allowed ? allowed.size : await ctx.db.articles.count();
  return { items: items.map(toMeta), nextCursor: more && last ? encodeCursor({ after: indexKey(last, sort) }) : null, total };
}

async function rankedPage(ctx: RepoContext, query: ListQuery, ranked: string[], allowed: Set<string> | null): Promise<ListPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
  const matching = allowed ? ranked.filter((id) => allowed.has(id)) : ranked;
  const rows = await loadPage(ctx, matching.slice(offset, offset + query.limit));
  const next = offset + query.limit;
  return { items: rows.map(toMeta), nextCursor: next < matching.length ? encodeCursor({ offset: next }) : null, total: matching.length };
}

export async function list(ctx: RepoContext, query: ListQuery): Promise<ListPage> {
  return guarded(async () => {
    const text = query.query?.trim();
    const ranked = text && queryTerms(text).length > 0 ? await ctx.search.search(text) : null;
    const { db } = ctx;
    return db.transaction('r', db.articles, async () => {
      const allowed = await filterSets(ctx, query, ranked);
      if (ranked && query.sort === 'relevance') return rankedPage(ctx, query, ranked, allowed);
      const sort = query.sort === 'relevance' ? 'savedAt' : query.sort;
      return sortedPage(ctx, query, sort, allowed);
    });
  });
}
