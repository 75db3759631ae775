/**
 * The one sync service of the background: its settings and state (store.ts), one run at a
 * time, and the status every options page hears (SYNC_STATUS_PORT). A run never blocks
 * clipping or reading: it is the engine's (engine.ts), and its failure is a status, not an exception.
 */
import type { ConnectionResult, SyncServer, SyncStatus } from '../../protocol';
import type { SyncControl } from '../handlers/sync';
import { toSyncError } from './failure';
import { EMPTY_STATE, loadServer, loadState, SERVER_KEY, STATE_KEY, type KeyValueStore, type SyncState } from './store';

/** How a run ended: everything applied, or stopped before a mass removal for the reader to confirm. */
export type RunOutcome =
  | { kind: 'done'; sent: number; received: number; removed: number }
  | { kind: 'pendingRemoval'; count: number; listSize: number };

/** What a run may do about a removal held back: apply it, keep the local articles, or ask (the default). */
export type RemovalDecision = 'ask' | 'accept' | 'reject';

export interface SyncServiceDeps {
  store: KeyValueStore;
  /** One run against the server; throws what toSyncError classifies. */
  run(server: SyncServer, removal: RemovalDecision): Promise<RunOutcome>;
  test(server: SyncServer): Promise<ConnectionResult>;
  createDatabase(server: SyncServer): Promise<ConnectionResult>;
  /** Forgets the local replica and its checkpoints (sync turned off). */
  forget(): Promise<void>;
  now?: () => number;
}

export interface StatusListener {
  (status: SyncStatus): void;
}

export class SyncService implements SyncControl {
  private running: Promise<SyncStatus> | null = null;
  private readonly listeners = new Set<StatusListener>();
  private readonly clock: () => number;

  constructor(private readonly deps: SyncServiceDeps) {
    this.clock = deps.now ?? Date.now;
  }

  /** Calls back with the status now, then at every change, until the returned function is called. */
  listen(listener: StatusListener): () => void {
    this.listeners.add(listener);
    void this.status().then(listener);
    return () => this.listeners.delete(listener);
  }

  async status(): Promise<SyncStatus> {
    const [server, state] = await Promise.all([loadServer(this.deps.store), loadState(this.deps.store)]);
    return {
      on: server !== null,
      server: server && { url: server.url, database: server.database, username: server.username },
      running: this.running !== null,
      ...state,
    };
  }

  test(server: SyncServer): Promise<ConnectionResult> {
    return this.deps.test(server);
  }

  createDatabase(server: SyncServer): Promise<ConnectionResult> {
    return this.deps.createDatabase(server);
  }

  async enable(server: SyncServer): Promise<SyncStatus> {
    const before = await loadServer(this.deps.store);
    if (before && (before.url !== server.url || before.database !== server.database)) await this.deps.forget();
    await this.deps.store.set(SERVER_KEY, server);
    await this.deps.store.set(STATE_KEY, EMPTY_STATE);
    return this.now();
  }

  async disable(): Promise<SyncStatus> {
    await this.running;
    await this.deps.store.remove(SERVER_KEY);
    await this.deps.store.remove(STATE_KEY);
    await this.deps.forget();
    return this.tell();
  }

  /** One run; asked while one is going, it answers when a run started after that one ends. */
  now(): Promise<SyncStatus> {
    return this.start('ask');
  }

  confirmRemoval(accept: boolean): Promise<SyncStatus> {
    return this.start(accept ? 'accept' : 'reject');
  }

  private start(removal: RemovalDecision): Promise<SyncStatus> {
    if (this.running) return this.running.then(() => this.start(removal));
    this.running = this.runOnce(removal).finally(() => {
      this.running = null;
    });
    void this.tell();
    return this.running;
  }

  private async runOnce(removal: RemovalDecision): Promise<SyncStatus> {
    const server = await loadServer(this.deps.store);
    if (!server) return this.status();
    const state = await loadState(this.deps.store);
    const decision = state.pendingRemoval ? removal : 'ask';
    let next: SyncState;
    try {
      const outcome = await this.deps.run(server, decision);
      next =
        outcome.kind === 'done'
          ? { lastSync: this.clock(), lastCounts: { sent: outcome.sent, received: outcome.received, removed: outcome.removed }, error: null, pendingRemoval: null }
          : { ...state, error: null, pendingRemoval: { count: outcome.count, listSize: outcome.listSize } };
    } catch (error) {
      next = { ...state, error: toSyncError(error) };
    }
    // Turned off or moved to another server while this run went: its state is not theirs.
    const still = await loadServer(this.deps.store);
    if (still && still.url === server.url && still.database === server.database) await this.deps.store.set(STATE_KEY, next);
    this.running = null;
    return this.tell();
  }

  private async tell(): Promise<SyncStatus> {
    const status = await this.status();
    for (const listener of this.listeners) listener(status);
    return status;
  }
}
