/**
 * Two devices syncing through the real test server (test/support/couch-server.ts): each a
 * repository on fake-indexeddb, a local replica on PouchDB's memory adapter, the sync
 * service over a Map, and bodies sanitized with DOMPurify on a linkedom window.
 */
import { parseHTML } from 'linkedom';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { SyncServer } from '../../../src/protocol';
import type { Repository } from '../../../src/storage';
import { SyncService } from '../../../src/background/sync/service';
import { syncRunner } from '../../../src/background/sync/runner';
import { createDatabase, testConnection } from '../../../src/background/sync/remote';
import { windowSanitizer } from '../../../src/background/sync/window-sanitizer';
import type { BodySanitizer } from '../../../src/background/sync/engine';
import type { KeyValueStore } from '../../../src/background/sync/store';
import { startCouchServer, type CouchServer } from '../../support/couch-server';
import { twoDevices } from './replicas';

export const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { window: Window };
export const nodeSanitizer: BodySanitizer = windowSanitizer(window);

export function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
    set: async (key, value) => void values.set(key, structuredClone(value)),
    remove: async (key) => void values.delete(key),
  };
}

export const CREDENTIALS = { username: 'reader', password: 'correct horse' };

let replicas = 0;

export interface Device {
  repo: Repository;
  sync: SyncService;
  store: KeyValueStore;
}

/** A device's sync service; `repository` may be wrapped by a test to cut a run off. */
export function deviceOn(repo: Repository, batchSize = 50): Device {
  const store = memoryStore();
  const runner = syncRunner({ Pouch, localAdapter: 'memory', localName: `replica-${process.pid}-${++replicas}`, repository: repo, sanitizer: nodeSanitizer, store, batchSize });
  const sync = new SyncService({ store, run: runner.run, forget: runner.forget, test: (server) => testConnection(server), createDatabase: (server) => createDatabase(server) });
  return { repo, sync, store };
}

export interface Pair {
  server: CouchServer;
  config: SyncServer;
  a: Device;
  b: Device;
}

/** A server with its database, and two devices syncing with it (not yet enabled). */
export async function pairOnServer(): Promise<Pair> {
  const server = await startCouchServer(CREDENTIALS);
  const config: SyncServer = { url: server.url, database: 'quire', ...CREDENTIALS };
  const created = await createDatabase(config);
  if (!created.ok) throw new Error(`test server: ${created.message}`);
  const { a, b } = twoDevices();
  return { server, config, a: deviceOn(a), b: deviceOn(b) };
}
