/** The list's two uses of highlights: the "has highlights" filter, and each row's count. */
import type { RepoContext } from './context';
import { HIGHLIGHT_COUNT_PREFIX } from './highlights';
import type { ListPage, ListQuery } from './list';

/**
 * "Has highlights" narrows the search hits, or stands for them without a query: articles with
 * highlights are few, and the highlights table's index lists them without reading a row.
 */
export async function rankedOrHighlighted(ctx: RepoContext, query: ListQuery, searched: boolean): Promise<string[] | null> {
  const text = query.query?.trim() ?? '';
  // Ranked only for a list sorted by relevance; any other order has no use for the scores.
  const ranked = searched ? await (query.sort === 'relevance' ? ctx.search.search(text) : ctx.search.matching(text)) : null;
  if (!query.highlighted) return ranked;
  const highlighted = (await ctx.db.highlights.orderBy('articleId').uniqueKeys()) as string[];
  if (!ranked) return highlighted;
  const keep = new Set(highlighted);
  return ranked.filter((id) => keep.has(id));
}

/** Each item carries how many highlights it has, from the running counts. */
export async function withHighlightCounts(ctx: RepoContext, page: ListPage): Promise<ListPage> {
  const rows = await ctx.db.counts.bulkGet(page.items.map((item) => HIGHLIGHT_COUNT_PREFIX + item.id));
  return { ...page, items: page.items.map((item, i) => (rows[i] ? { ...item, highlightCount: rows[i].n } : item)) };
}
