/**
 * The engine's parts put together for one server: the local replica (one PouchDB database
 * on this device, kept open between runs) and the server's database over HTTP with the
 * credentials. The extension passes PouchDB with the IndexedDB adapter; Node tests the memory one.
 */
import type { SyncServer } from '../../protocol';
import type { Repository } from '../../storage';
import { CHECKPOINT_KEY, SyncEngine, type BodySanitizer } from './engine';
import { databaseUrl } from './remote';
import type { RemovalDecision, RunOutcome } from './service';
import type { KeyValueStore } from './store';

export interface RunnerParts {
  /** PouchDB with the local adapter, HTTP and replication plugged in. */
  Pouch: PouchDB.Static;
  localAdapter: string;
  /** The local replica's database name. */
  localName: string;
  repository: Repository;
  sanitizer: BodySanitizer;
  store: KeyValueStore;
  batchSize?: number;
}

export interface SyncRunner {
  run(server: SyncServer, removal: RemovalDecision): Promise<RunOutcome>;
  forget(): Promise<void>;
}

export function syncRunner(parts: RunnerParts): SyncRunner {
  let local: PouchDB.Database | null = null;
  const replica = () => (local ??= new parts.Pouch(parts.localName, { adapter: parts.localAdapter }));
  return {
    async run(server, removal) {
      const remote = new parts.Pouch(databaseUrl(server), { adapter: 'http', auth: { username: server.username, password: server.password }, skip_setup: true });
      const engine = new SyncEngine({ repository: parts.repository, local: replica(), remote, sanitizer: parts.sanitizer, store: parts.store, batchSize: parts.batchSize });
      return engine.run(removal);
    },
    async forget() {
      await replica().destroy();
      local = null;
      await parts.store.remove(CHECKPOINT_KEY);
    },
  };
}
