/**
 * The whole list's order by date saved, kept in memory: each article's id, date saved and
 * status, oldest first. With it, a search's page is the first hits met walking that order,
 * read by id (the page's rows only); its total is counted in the same walk, and the hits are
 * never sorted nor their rows read. Reading the order costs a walk of the sort index's keys
 * (about 0.15 s at 10,000 articles), so it is read when the search is warmed, off the
 * keystroke's path; every write drops it, and until it is read again a search takes the plans
 * in list-plan.ts.
 */
import { Dexie } from 'dexie';
import type { ArticleStatus } from '../../core/article';
import type { QuireDB } from '../schema';
import { compareKeys } from './list-plan';
import type { IndexKey } from './cursor';

export interface OrderEntry {
  id: string;
  savedAt: number;
  status: ArticleStatus;
}

const keyOf = (entry: OrderEntry): IndexKey => [entry.savedAt, entry.id];

export class ListOrder {
  private entries: OrderEntry[] | null = null;
  private loading: Promise<void> | null = null;
  /** Counts the writes begun: a read that saw one begin is not kept. */
  private writes = 0;

  constructor(private readonly db: QuireDB) {}

  /** The order, or null while it is not read (it is then read in the background). */
  current(): OrderEntry[] | null {
    if (!this.entries) this.ready().catch(() => undefined);
    return this.entries;
  }

  ready(): Promise<void> {
    if (this.entries) return Promise.resolve();
    // Its own read, whatever transaction the caller is in (a list's ends before it would).
    this.loading ??= Dexie.ignoreTransaction(() => this.load()).finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Before and after every write: an order read across a write is never kept. */
  drop(): void {
    this.entries = null;
    this.writes++;
  }

  private async load(): Promise<void> {
    const writes = this.writes;
    const keys = (await this.db.articles.orderBy('[status+savedAt+id]').keys()) as unknown as [ArticleStatus, number, string][];
    const entries = keys.map(([status, savedAt, id]) => ({ id, savedAt, status }));
    entries.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    if (this.writes === writes) this.entries = entries;
  }
}

export interface OrderedPage {
  ids: string[];
  total: number;
}

/** The first position whose key is past `key` (or, not `strictly`, at it or past it). */
function bound(entries: OrderEntry[], key: IndexKey, strictly: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(keyOf(entries[mid]!), key);
    if (c < 0 || (strictly && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the walk starts: the first entry after `after` in its direction. */
function startOf(entries: OrderEntry[], after: IndexKey | null, order: 'asc' | 'desc'): number {
  if (order === 'asc') return after ? bound(entries, after, true) : 0;
  return (after ? bound(entries, after, false) : entries.length) - 1;
}

/**
 * The ids of the first `count` hits (of `status`, when given) after `after`, in the order
 * asked for, and how many hits there are in all.
 */
export function hitsInOrder(entries: OrderEntry[], hits: Set<string>, status: ArticleStatus | undefined, order: 'asc' | 'desc', after: IndexKey | null, count: number): OrderedPage {
  const ids: string[] = [];
  let total = 0;
  for (const entry of entries) if (hits.has(entry.id) && (status === undefined || entry.status === status)) total++;
  const step = order === 'asc' ? 1 : -1;
  for (let i = startOf(entries, after, order); i >= 0 && i < entries.length && ids.length < count; i += step) {
    const entry = entries[i]!;
    if (hits.has(entry.id) && (status === undefined || entry.status === status)) ids.push(entry.id);
  }
  return { ids, total };
}
