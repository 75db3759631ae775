/**
 * Where sync keeps its settings and its state between runs: browser.storage.local in the
 * extension (never in an export: exports read the database), a Map in tests. The
 * password is in `server` and leaves only in the Authorization header of requests to that server.
 */
import type { SyncServer, SyncStatus } from '../../protocol';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What a run left, kept so a worker stopped and started again carries on. */
export type SyncState = Pick<SyncStatus, 'lastSync' | 'lastCounts' | 'error' | 'pendingRemoval'>;

export const SERVER_KEY = 'syncServer';
export const STATE_KEY = 'syncState';

export const EMPTY_STATE: SyncState = { lastSync: null, lastCounts: null, error: null, pendingRemoval: null };

export async function loadServer(store: KeyValueStore): Promise<SyncServer | null> {
  return (await store.get<SyncServer>(SERVER_KEY)) ?? null;
}

export async function loadState(store: KeyValueStore): Promise<SyncState> {
  return { ...EMPTY_STATE, ...(await store.get<SyncState>(STATE_KEY)) };
}
