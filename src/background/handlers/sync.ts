/** Sync's requests (docs/sync.md): each goes to the one sync service the background holds. */
import type { ConnectionResult, SyncServer, SyncStatus } from '../../protocol';
import type { HandlerMap } from '../router';

/** What the handlers need of the sync service; tests pass the real one over their own parts. */
export interface SyncControl {
  status(): Promise<SyncStatus>;
  test(server: SyncServer): Promise<ConnectionResult>;
  createDatabase(server: SyncServer): Promise<ConnectionResult>;
  enable(server: SyncServer): Promise<SyncStatus>;
  now(): Promise<SyncStatus>;
  disable(): Promise<SyncStatus>;
  confirmRemoval(accept: boolean): Promise<SyncStatus>;
}

type SyncRequests = 'sync.status' | 'sync.test' | 'sync.createDatabase' | 'sync.enable' | 'sync.now' | 'sync.disable' | 'sync.confirmRemoval';

export function syncHandlers(sync: SyncControl): Pick<HandlerMap, SyncRequests> {
  return {
    'sync.status': () => sync.status(),
    'sync.test': ({ server }) => sync.test(server),
    'sync.createDatabase': ({ server }) => sync.createDatabase(server),
    'sync.enable': ({ server }) => sync.enable(server),
    'sync.now': () => sync.now(),
    'sync.disable': () => sync.disable(),
    'sync.confirmRemoval': ({ accept }) => sync.confirmRemoval(accept),
  };
}
