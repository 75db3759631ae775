/**
 * Sync in the extension: PouchDB with the IndexedDB adapter for the local replica, the
 * settings in storage.local, and bodies sanitized where there is a DOM: Firefox's
 * background page itself, Chrome's offscreen document.
 */
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { Repository } from '../../storage';
import { browserStore } from './browser-store';
import type { BodySanitizer } from './engine';
import { offscreenSanitizer } from './offscreen-sanitizer';
import { createDatabase, testConnection } from './remote';
import { syncRunner } from './runner';
import { SyncService } from './service';
import { windowSanitizer } from './window-sanitizer';

export { registerSyncSchedule, changesSynced } from './schedule';
export type { SyncService } from './service';

const Pouch = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);

function bodySanitizer(): BodySanitizer {
  return typeof document === 'undefined' ? offscreenSanitizer() : windowSanitizer(window);
}

export function createSync(repository: Repository): SyncService {
  const runner = syncRunner({ Pouch, localAdapter: 'idb', localName: 'quire-sync', repository, sanitizer: bodySanitizer(), store: browserStore });
  return new SyncService({
    store: browserStore,
    run: runner.run,
    forget: runner.forget,
    test: (server) => testConnection(server),
    createDatabase: (server) => createDatabase(server),
  });
}
