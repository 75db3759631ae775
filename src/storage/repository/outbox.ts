/**
 * The sync outbox: each write adds one row naming the articles it changed and when, in its
 * own transaction, so that no change is lost between the list and what sync sends.
 */
import type { QuireDB, SyncOutboxEntry } from '../schema';

export async function recordOutbox(db: QuireDB, ids: Iterable<string>, at: number): Promise<void> {
  const changes = [...ids].map((id): [string, number] => [id, at]);
  if (changes.length) await db.syncOutbox.add({ changes });
}

/** For every article waiting in the outbox, the time of its latest change there. */
export function pendingTimes(entries: SyncOutboxEntry[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const { changes } of entries) for (const [id, at] of changes) times.set(id, Math.max(at, times.get(id) ?? at));
  return times;
}
