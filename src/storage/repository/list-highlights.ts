/** The list's two uses of highlights: the "has highlights" filter, and each row's count. */
import type { RepoContext } from './context';
import { HIGHLIGHT_COUNT_PREFIX } from './highlights';
import type { ListPage, ListQuery } from './list';

/** What a search found: its hits, and their ranking when the list is sorted by relevance. */
export interface SearchHits {
  ranked: string[] | null;
  hits: Set<string> | undefined;
}

/**
 * "Has highlights" narrows the search hits, or stands for them without a query: articles with
 * highlights are few, and the highlights table's index lists them without reading a row.
 */
export async function searchHits(ctx: RepoContext, query: ListQuery, searched: boolean): Promise<SearchHits> {
  const text = query.query?.trim() ?? '';
  // Ranked only for a list sorted by relevance; any other order needs only the set of hits.
  const ranked = searched && query.sort === 'relevance' ? await ctx.search.search(text) : null;
  const hits = ranked ? new Set(ranked) : searched ? await ctx.search.matching(text) : undefined;
  if (!query.highlighted) return { ranked, hits };
  const highlighted = new Set((await ctx.db.highlights.orderBy('articleId').uniqueKeys()) as string[]);
  if (!hits) return { ranked, hits: highlighted };
  return { ranked: ranked && ranked.filter((id) => highlighted.has(id)), hits: new Set([...hits].filter((id) => highlighted.has(id))) };
}

/** Each item carries how many highlights it has, from the running counts. */
export async function withHighlightCounts(ctx: RepoContext, page: ListPage): Promise<ListPage> {
  const rows = await ctx.db.counts.bulkGet(page.items.map((item) => HIGHLIGHT_COUNT_PREFIX + item.id));
  return { ...page, items: page.items.map((item, i) => (rows[i] ? { ...item, highlightCount: rows[i].n } : item)) };
}
