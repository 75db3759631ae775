/**
 * What sync sends: the documents of the articles waiting in the outbox, and the bodies
 * this device holds newer than the server, until the engine acknowledges them.
 */
import { toBodyDoc, type ArticleDoc, type BodyDoc } from '../../core/sync';
import { guarded } from '../errors';
import type { QuireDB, SyncDocRow, SyncOutboxEntry } from '../schema';
import type { RepoContext } from './context';
import { pendingTimes } from './outbox';
import { deviceId, docHere, gatherHere, rowsByKey, shadowRow, type Here } from './sync-here';

export interface Outgoing {
  docs: ArticleDoc[];
  bodies: BodyDoc[];
  /** The outbox rows up to this seq are in `docs`: what acknowledge(upTo) clears. */
  upTo: number;
}

/**
 * The outbox rows, oldest first, holding at most `limit` articles. A row with more (an
 * import) is split: the rest moves to a new row at the end, so that every row up to `upTo` is sent whole.
 */
async function takeEntries(db: QuireDB, limit: number): Promise<SyncOutboxEntry[]> {
  const taken: SyncOutboxEntry[] = [];
  let room = Math.max(1, limit);
  for (const entry of await db.syncOutbox.orderBy(':id').limit(room).toArray()) {
    if (room <= 0) break;
    if (entry.changes.length > room) {
      await db.syncOutbox.put({ seq: entry.seq, changes: entry.changes.slice(0, room) });
      await db.syncOutbox.add({ changes: entry.changes.slice(room) });
      entry.changes = entry.changes.slice(0, room);
    }
    taken.push(entry);
    room -= entry.changes.length;
  }
  return taken;
}

/** The keys these articles have now, and had when last synced (a removed one, or one whose URL changed). */
async function keysOf(db: QuireDB, ids: string[]): Promise<{ keys: string[]; rows: Awaited<ReturnType<typeof rowsByKey>> }> {
  const [rows, shadows] = await Promise.all([db.articles.bulkGet(ids), db.syncDocs.where('localId').anyOf(ids).toArray()]);
  const live = rows.flatMap((row) => (row ? [row] : []));
  const keys = new Set([...live.map((row) => row.urlKey), ...shadows.map((shadow) => shadow.urlKey)]);
  return { keys: [...keys], rows: new Map(live.map((row) => [row.urlKey, row])) };
}

function bodyToSend(item: Here, row: SyncDocRow): BodyDoc | null {
  const { doc, localBody, bodyPending } = row;
  if (!bodyPending || !item.body || !doc.body || doc.body.hash !== localBody) return null;
  return toBodyDoc(item.key, item.body, doc.body.hash, doc.body.stamp);
}

export function outgoing(ctx: RepoContext, limit: number): Promise<Outgoing> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('rw', [db.syncOutbox, db.syncDocs, db.syncState, db.articles, db.bodies], async () => {
      const entries = await takeEntries(db, limit);
      if (entries.length === 0) return { docs: [], bodies: [], upTo: 0 };
      const device = await deviceId(db, ctx.newId);
      const pending = pendingTimes(entries);
      const { keys, rows } = await keysOf(db, [...pending.keys()]);
      const here = await gatherHere(db, keys, rows, pending);
      const shadows: SyncDocRow[] = [];
      const bodies: BodyDoc[] = [];
      for (const item of here) {
        const local = docHere(item, pending, device);
        if (!local.doc) continue;
        const shadow = shadowRow(item, local, local.doc);
        shadows.push(shadow);
        const body = bodyToSend(item, shadow);
        if (body) bodies.push(body);
      }
      await db.syncDocs.bulkPut(shadows);
      return { docs: shadows.map((shadow) => shadow.doc), bodies, upTo: entries[entries.length - 1]!.seq! };
    }),
  );
}

/** The documents up to `upTo` are in the engine's replica: their outbox rows go, and their bodies are sent. */
export function acknowledge(ctx: RepoContext, upTo: number): Promise<void> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('rw', [db.syncOutbox, db.syncDocs], async () => {
      const done = db.syncOutbox.where(':id').belowOrEqual(upTo);
      const ids = [...pendingTimes(await done.toArray()).keys()];
      await done.delete();
      await db.syncDocs
        .where('localId')
        .anyOf(ids)
        .modify((row: SyncDocRow) => void delete row.bodyPending);
    }),
  );
}
