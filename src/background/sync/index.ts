/**
 * Sync in the extension: PouchDB with the IndexedDB adapter for the local replica, the
 * settings in storage.local, and bodies sanitized where there is a DOM: Firefox's
 * background page itself, Chrome's offscreen document.
 */
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { browser } from '../../platform/browser';
import type { ConnectionResult, SyncServer } from '../../protocol';
import type { Repository } from '../../storage';
import { browserStore } from './browser-store';
import type { BodySanitizer } from './engine';
import { offscreenSanitizer } from './offscreen-sanitizer';
import { createDatabase, serverBase, testConnection } from './remote';
import { failure, toSyncError } from './failure';
import { syncRunner } from './runner';
import { SyncService } from './service';
import { windowSanitizer } from './window-sanitizer';

export { registerSyncSchedule, changesSynced } from './schedule';
export type { SyncService } from './service';

const Pouch = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);

function bodySanitizer(): BodySanitizer {
  return typeof document === 'undefined' ? offscreenSanitizer() : windowSanitizer(window);
}

/**
 * Whether Quire holds the host permission for the server (the options page asks for it at
 * sync.enable). The pattern leaves the port out: Firefox's patterns take none, and without
 * one Chrome's match every port. An address that is no URL is for remote.ts to report.
 */
async function permitted(server: SyncServer): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(`${serverBase(server)}/`);
  } catch {
    return true;
  }
  return browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] });
}

/** A server out of reach while Quire lacks its host permission: the missing permission is the cause to show. */
async function explained(server: SyncServer, result: ConnectionResult): Promise<ConnectionResult> {
  if (result.ok || result.code !== 'unreachable' || (await permitted(server))) return result;
  return { ok: false, ...toSyncError(failure('permission')) };
}

export function createSync(repository: Repository): SyncService {
  const runner = syncRunner({ Pouch, localAdapter: 'idb', localName: 'quire-sync', repository, sanitizer: bodySanitizer(), store: browserStore });
  return new SyncService({
    store: browserStore,
    run: async (server, removal) => {
      try {
        return await runner.run(server, removal);
      } catch (error) {
        if (toSyncError(error).code === 'unreachable' && !(await permitted(server))) throw failure('permission');
        throw error;
      }
    },
    forget: runner.forget,
    test: async (server) => explained(server, await testConnection(server)),
    createDatabase: async (server) => explained(server, await createDatabase(server)),
  });
}
