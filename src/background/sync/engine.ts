/**
 * One sync run (docs/sync.md, "The engine"):
 * 1. push: the outbox's documents into the local replica, merged with what it holds, then acknowledged;
 * 2. replicate the replica to the server, then copy the server's changed article documents
 *    alone into the replica (list first);
 * 3. the valve: a pull that would remove more than a fifth of the list stops here, for the reader to confirm;
 * 4. the article documents changed since the list checkpoint, conflicts merged, applied; then the
 *    rest replicated from the server (one-shot, bounded batches), and the bodies, sanitized,
 *    applied since the body checkpoint: the list is there before any body is downloaded;
 * 5. each checkpoint advanced after its documents are applied, so a run cut off anywhere
 *    repeats idempotent steps and loses nothing.
 */
import type { ArticleDoc, BodyDoc } from '../../core/sync';
import type { Repository } from '../../storage';
import type { KeyValueStore } from './store';
import type { RemovalDecision, RunOutcome } from './service';
import { mergeInto, readResolved } from './replica';

/** Cleans batches of body HTML (DOMPurify, src/core/sanitize.ts) where there is a DOM. */
export interface BodySanitizer {
  sanitize(html: string[]): Promise<string[]>;
}

export interface EngineParts {
  repository: Repository;
  local: PouchDB.Database;
  remote: PouchDB.Database;
  sanitizer: BodySanitizer;
  /** Where the checkpoints are kept (storage.local in the extension). */
  store: KeyValueStore;
  /** Documents per outbox read, replication batch and apply call. */
  batchSize?: number;
}

/** How far the replica's changes were applied, and removals a reader refused that are still to be put back. */
interface Checkpoint {
  articles: number;
  bodies: number;
  /** The server's sequence up to which its article documents were fetched ahead of replication (list first). */
  server: number | string;
  /** Undo tokens of removals applied for a refused pull, kept until undone. */
  refused: string[];
}

export const CHECKPOINT_KEY = 'syncCheckpoint';
const START: Checkpoint = { articles: 0, bodies: 0, server: 0, refused: [] };

/** A pull removing more than this part of the list, and at least VALVE_MIN articles, waits for the reader. */
export const VALVE_FRACTION = 1 / 5;
export const VALVE_MIN = 10;

const DEFAULT_BATCH = 200;
const LIST_BATCHES = 5;

const isArticleId = (id: string): boolean => id.startsWith('article:');
const isBodyId = (id: string): boolean => id.startsWith('body:');

/** The ids changed in the replica after `since`, batch by batch, with the seq each batch ends at. */
async function* changedIds(db: PouchDB.Database, since: number, limit: number): AsyncGenerator<{ ids: string[]; upTo: number }> {
  let from = since;
  for (;;) {
    const page = await db.changes({ since: from, limit, style: 'main_only' });
    if (page.results.length === 0) return;
    from = Number(page.last_seq);
    yield { ids: page.results.map((change) => change.id), upTo: from };
  }
}

async function replicaSeq(db: PouchDB.Database): Promise<number> {
  return Number((await db.info()).update_seq);
}

export class SyncEngine {
  private readonly batch: number;
  /** Article documents are small: they are read and applied LIST_BATCHES batches at a time, fewer transactions. */
  private readonly listBatch: number;
  /** Conflicts this run merged in the replica, which the server has not seen. */
  private merges = 0;
  private readonly resolved = () => void this.merges++;

  constructor(private readonly parts: EngineParts) {
    this.batch = parts.batchSize ?? DEFAULT_BATCH;
    this.listBatch = this.batch * LIST_BATCHES;
  }

  private async checkpoint(): Promise<Checkpoint> {
    return { ...START, ...(await this.parts.store.get<Checkpoint>(CHECKPOINT_KEY)) };
  }

  private save(checkpoint: Checkpoint): Promise<void> {
    return this.parts.store.set(CHECKPOINT_KEY, checkpoint);
  }

  /** Step 1: what changed here, into the replica. A replica fully applied before stays so, past its own writes. */
  private async push(): Promise<number> {
    const { repository, local } = this.parts;
    let sent = 0;
    for (;;) {
      const out = await repository.sync.outgoing(this.batch);
      if (out.docs.length === 0 && out.bodies.length === 0) return sent;
      const before = await this.checkpoint();
      const seq = await replicaSeq(local);
      await mergeInto(local, [...out.docs, ...out.bodies]);
      await repository.sync.acknowledge(out.upTo);
      const after = await replicaSeq(local);
      if (before.articles === seq && before.bodies === seq) await this.save({ ...before, articles: after, bodies: after });
      sent += out.docs.length;
    }
  }

  /**
   * Step 2a: the server's article documents changed since the server checkpoint, copied into the replica
   * on their own, with their revision histories, as replication would (revsDiff, bulkGet,
   * new_edits false), so the list is applied before any body arrives; answers the sequence reached.
   */
  private async pullArticles(): Promise<number | string> {
    const { local, remote } = this.parts;
    let since = (await this.checkpoint()).server;
    for (;;) {
      const page = await remote.changes({ since, limit: this.listBatch, style: 'all_docs' });
      if (page.results.length === 0) return since;
      since = page.last_seq;
      const wanted: Record<string, string[]> = {};
      for (const change of page.results) if (isArticleId(change.id)) wanted[change.id] = change.changes.map((c) => c.rev);
      const missing = Object.entries(await local.revsDiff(wanted)).flatMap(([id, diff]) => (diff.missing ?? []).map((rev) => ({ id, rev })));
      if (missing.length === 0) continue;
      const fetched = await remote.bulkGet({ docs: missing, revs: true });
      const docs = fetched.results.flatMap((result) => result.docs.flatMap((one) => ('ok' in one ? [one.ok] : [])));
      await local.bulkDocs(docs, { new_edits: false });
    }
  }

  /** Step 3: how many articles the pending article documents would remove, against the list's size (an empty list has nothing to lose). */
  private async removals(since: number): Promise<{ count: number; listSize: number }> {
    const { repository, local } = this.parts;
    const listSize = (await repository.stats()).total;
    let count = 0;
    if (listSize === 0) return { count, listSize };
    for await (const { ids } of changedIds(local, since, this.listBatch)) {
      const held = await local.allDocs<ArticleDoc>({ keys: ids.filter(isArticleId), include_docs: true });
      const tombstoned = held.rows.flatMap((row) => ('doc' in row && row.doc && row.doc.deleted?.on ? [row.doc as ArticleDoc] : []));
      if (tombstoned.length) count += await repository.sync.wouldDelete(tombstoned);
    }
    return { count, listSize };
  }

  /** Puts back removals a reader refused: each undo is a change here, after the tombstone, sent at the next push. */
  private async putBack(checkpoint: Checkpoint): Promise<Checkpoint> {
    for (const token of checkpoint.refused) {
      await this.parts.repository.undoRemove(token).catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'undo-expired' && (error as { code?: string }).code !== 'not-found') throw error;
      });
    }
    const next = { ...checkpoint, refused: [] };
    await this.save(next);
    return next;
  }

  /** Step 4a: the article documents since the list checkpoint, applied batch by batch. */
  private async applyArticles(refuse: boolean): Promise<{ received: number; removed: number }> {
    const { repository, local } = this.parts;
    let received = 0;
    let removed = 0;
    let checkpoint = await this.checkpoint();
    for await (const { ids, upTo } of changedIds(local, checkpoint.articles, this.listBatch)) {
      const docs = (await readResolved(local, ids.filter(isArticleId), this.resolved)) as ArticleDoc[];
      const applied = docs.length ? await repository.sync.applyIncoming(docs, []) : null;
      if (applied) {
        received += applied.created + applied.updated;
        if (refuse && applied.undoToken) await this.save((checkpoint = { ...checkpoint, refused: [...checkpoint.refused, applied.undoToken] }));
        else removed += applied.deleted;
      }
      if (checkpoint.refused.length) checkpoint = await this.putBack(checkpoint);
      await this.save((checkpoint = { ...checkpoint, articles: upTo }));
    }
    return { received, removed };
  }

  /** Step 4b: the body documents since the body checkpoint, sanitized, applied. */
  private async applyBodies(): Promise<void> {
    const { repository, local, sanitizer } = this.parts;
    let checkpoint = await this.checkpoint();
    for await (const { ids, upTo } of changedIds(local, checkpoint.bodies, this.batch)) {
      const bodies = (await readResolved(local, ids.filter(isBodyId), this.resolved)) as BodyDoc[];
      if (bodies.length) {
        const clean = await sanitizer.sanitize(bodies.map((body) => body.html));
        await repository.sync.applyIncoming([], bodies.map((body, i) => ({ ...body, html: clean[i]! })));
      }
      await this.save((checkpoint = { ...(await this.checkpoint()), bodies: upTo }));
    }
  }

  async run(removal: RemovalDecision): Promise<RunOutcome> {
    const { local, remote } = this.parts;
    const start = await this.checkpoint();
    if (start.refused.length) await this.putBack(start);
    let sent = await this.push();
    // Step 2: one-shot replication, to the server, then the list from it, then the rest; no live feed (apache/pouchdb#5851).
    const replication = { batch_size: this.batch, batches_limit: 2, retry: false };
    await local.replicate.to(remote, replication);
    const serverSeq = await this.pullArticles();
    if (removal === 'ask') {
      const { count, listSize } = await this.removals((await this.checkpoint()).articles);
      if (count >= VALVE_MIN && count > listSize * VALVE_FRACTION) return { kind: 'pendingRemoval', count, listSize };
    }
    const list = await this.applyArticles(removal === 'reject');
    await local.replicate.from(remote, replication);
    await this.save({ ...(await this.checkpoint()), server: serverSeq });
    // Articles changed on the server while the list was applied came with the replication.
    const late = await this.applyArticles(removal === 'reject');
    const received = list.received + late.received;
    const removed = list.removed + late.removed;
    await this.applyBodies();
    // What this run merged (conflicts) or put back (a refused removal) goes out now, not a minute later.
    const more = await this.push();
    if (more > 0 || this.merges > 0) await this.parts.local.replicate.to(this.parts.remote, { batch_size: this.batch });
    sent += more;
    return { kind: 'done', sent, received, removed };
  }
}
