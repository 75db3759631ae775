/** What every repository operation shares: the database, the search index, the environment. */
import type { QuireDB } from '../schema';
import type { PersistentSearch } from '../search/persistent';
import type { ListOrder } from './list-order';

/** The parts of navigator.storage the repository uses; injected so Node tests can observe them. */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export interface RepositoryOptions {
  /** Defaults to navigator.storage when there is one. */
  storageManager?: StorageManagerLike | null;
  now?: () => number;
  newId?: () => string;
  /** Delay before the search index is written to disk after a change; null: only on flushSearchIndex(). */
  searchFlushDelayMs?: number | null;
}

export interface RepoContext {
  db: QuireDB;
  search: PersistentSearch;
  /** The list's order by date saved, for searches (list-order.ts). */
  order: ListOrder;
  storageManager: StorageManagerLike | null;
  now: () => number;
  newId: () => string;
  persistRequested: boolean;
}

export function defaultStorageManager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}
