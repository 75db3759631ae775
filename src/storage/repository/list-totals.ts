/** A page's total when its rows do not give it: from the running counts, else from index keys alone. */
import type { RepoContext } from './context';
import { readCount, TAG_PREFIX } from './counts';
import type { Filters } from './list-plan';

/** The total from the stored counts when one filter (or none) applies; null when it must be computed. */
export async function countedTotal(ctx: RepoContext, filters: Filters): Promise<number | null> {
  const { db } = ctx;
  const active = [filters.status, filters.tag, filters.favorite, filters.hits].filter((f) => f !== undefined).length;
  if (active > 1 || filters.hits) return null;
  if (filters.status) return readCount(db, `status:${filters.status}`);
  if (filters.tag !== undefined) return readCount(db, TAG_PREFIX + filters.tag);
  if (filters.favorite === true) return readCount(db, 'favorite');
  const all = await readCount(db, 'all');
  return filters.favorite === false ? all - (await readCount(db, 'favorite')) : all;
}

/** For combined filters: the size of the intersection of their index key sets, no records read. */
export async function intersectionSize(ctx: RepoContext, filters: Filters): Promise<number> {
  const { articles } = ctx.db;
  const sets: Promise<string[]>[] = [];
  if (filters.status) sets.push(articles.where('status').equals(filters.status).primaryKeys());
  if (filters.tag !== undefined) sets.push(articles.where('tags').equals(filters.tag).primaryKeys());
  // Only favourites have an index entry: "not favourite" is every other filter's keys minus those.
  const favourites = filters.favorite === undefined ? null : articles.where('fav').equals(1).primaryKeys();
  if (filters.favorite === true) sets.push(favourites!);
  if (filters.hits) sets.push(Promise.resolve([...filters.hits]));
  const excluded = filters.favorite === false ? new Set(await favourites!) : new Set<string>();
  const [smallest, ...rest] = (await Promise.all(sets)).sort((a, b) => a.length - b.length);
  const others = rest.map((ids) => new Set(ids));
  return (smallest ?? []).filter((id) => !excluded.has(id) && others.every((set) => set.has(id))).length;
}
