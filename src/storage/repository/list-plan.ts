/**
 * How a filtered page is found. IndexedDB in Chromium pays for every index entry it
 * visits, so a page must visit about as many entries as it shows:
 * - scan: walk the status-first sort index (newest saved) in chunks,
 *   keeping matching rows, until the page is full: cheap when matches are common;
 * - candidates: when one filter is rare (its size is a stored count, or the number of
 *   search hits), load just those articles and sort them in memory.
 * The cheaper of the two is chosen from the counts before reading anything. Publication
 * date, title and reading time have no index (each index is a write on every save and
 * import): they always take candidates, the whole status range when no filter is rarer.
 */
import type { ArticleStatus } from '../../core/article';
import { Dexie } from 'dexie';
import type { QuireDB, StoredArticle } from '../schema';
import { readCount, TAG_PREFIX } from './counts';
import type { IndexKey, SortKey } from './cursor';

export interface Filters {
  status?: ArticleStatus;
  tag?: string;
  favorite?: boolean;
  /** Ids of the search hits, when there is a query. */
  hits?: Set<string>;
}

const SORT_FIELD: Record<SortKey, 'savedAt' | 'pubAt' | 'titleKey' | 'readingMinutes'> = {
  savedAt: 'savedAt',
  publishedTime: 'pubAt',
  title: 'titleKey',
  readingMinutes: 'readingMinutes',
};

/** The order with a status-first index to scan. */
export function isIndexed(sort: SortKey): boolean {
  return sort === 'savedAt';
}

export function indexKey(row: StoredArticle, sort: SortKey): IndexKey {
  return [row[SORT_FIELD[sort]], row.id];
}

export function matches(row: StoredArticle, filters: Filters): boolean {
  return (
    (filters.status === undefined || row.status === filters.status) &&
    (filters.favorite === undefined || row.favorite === filters.favorite) &&
    (filters.tag === undefined || row.tags.includes(filters.tag)) &&
    (filters.hits === undefined || filters.hits.has(row.id))
  );
}

export function compareKeys(a: IndexKey, b: IndexKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

export interface Candidates {
  size: number;
  ids: () => Promise<string[]>;
}

/** The one sort index (schema version 3): newest saved first, status first so a status pages by range. */
const NEWEST_INDEX = '[status+savedAt+id]';

/** Every article of one status, or of the whole list. */
export function statusRows(db: QuireDB, status: ArticleStatus | undefined): Promise<StoredArticle[]> {
  const { articles } = db;
  if (status === undefined) return articles.toArray();
  return articles.where(NEWEST_INDEX).between([status, Dexie.minKey], [status, Dexie.maxKey]).toArray();
}

/** The filter with the fewest articles, its size known without reading them. */
export async function rarestFilter(db: QuireDB, filters: Filters): Promise<Candidates | null> {
  const options: Candidates[] = [];
  const { articles } = db;
  if (filters.hits) options.push({ size: filters.hits.size, ids: async () => [...filters.hits!] });
  if (filters.tag !== undefined) {
    const tag = filters.tag;
    options.push({ size: await readCount(db, TAG_PREFIX + tag), ids: () => articles.where('tags').equals(tag).primaryKeys() });
  }
  if (filters.favorite === true) {
    options.push({ size: await readCount(db, 'favorite'), ids: () => articles.where('fav').equals(1).primaryKeys() });
  }
  return options.sort((a, b) => a.size - b.size)[0] ?? null;
}

const STATUSES: ArticleStatus[] = ['unread', 'archived'];

function scanStatus(db: QuireDB, order: 'asc' | 'desc', status: ArticleStatus, after: IndexKey | null, count: number) {
  const lower = after && order === 'asc' ? [status, ...after] : [status, Dexie.minKey];
  const upper = after && order === 'desc' ? [status, ...after] : [status, Dexie.maxKey];
  const range = db.articles.where(NEWEST_INDEX).between(lower, upper, !after || order === 'desc', !after || order === 'asc');
  return (order === 'desc' ? range.reverse() : range).limit(count).toArray();
}

export interface Chunk {
  rows: StoredArticle[];
  /** Nothing is left after these rows. */
  exhausted: boolean;
}

/**
 * Reads the next rows after `after` in the indexed order (see isIndexed), about `count`. Without a
 * status, each status range gives part of the count and they are merged up to the
 * nearer of their last rows, beyond which the other range may still hold earlier rows.
 */
export async function scanChunk(
  db: QuireDB,
  sort: SortKey,
  order: 'asc' | 'desc',
  status: ArticleStatus | undefined,
  after: IndexKey | null,
  count: number,
): Promise<Chunk> {
  if (status !== undefined) {
    const rows = await scanStatus(db, order, status, after, count);
    return { rows, exhausted: rows.length < count };
  }
  const each = Math.ceil(count * 0.75);
  const ranges = await Promise.all(STATUSES.map((one) => scanStatus(db, order, one, after, each)));
  const sign = order === 'asc' ? 1 : -1;
  const inOrder = (a: IndexKey, b: IndexKey) => sign * compareKeys(a, b);
  const [frontier] = ranges
    .filter((rows) => rows.length === each)
    .map((rows) => indexKey(rows[rows.length - 1]!, sort))
    .sort(inOrder);
  const rows = ranges
    .flat()
    .filter((row) => !frontier || inOrder(indexKey(row, sort), frontier) <= 0)
    .sort((a, b) => inOrder(indexKey(a, sort), indexKey(b, sort)));
  return { rows, exhausted: frontier === undefined };
}
