/**
 * What this device holds of one URL key for sync: its article row, the last document synced
 * or applied, the body, and whether a change made here is still waiting in the outbox.
 */
import type { ArticleBody } from '../../core/article';
import { bodyHash, localDoc, type ArticleDoc } from '../../core/sync';
import { toMeta } from '../records';
import type { QuireDB, StoredArticle, SyncDocRow } from '../schema';

export interface Here {
  key: string;
  row?: StoredArticle;
  shadow?: SyncDocRow;
  /** Read only when a change is waiting (or nothing was synced yet). */
  body?: ArticleBody;
}

export interface DocHere {
  doc: ArticleDoc | null;
  /** Hash of the body stored here. */
  localBody: string | null;
  /** This device's body is newer than the one last synced. */
  bodyChanged: boolean;
}

/** The time of the change waiting for this key in the outbox; undefined when none is. */
export function waitingSince(here: Here, pending: Map<string, number>): number | undefined {
  const id = here.row?.id ?? here.shadow?.localId;
  const at = id === undefined ? undefined : pending.get(id);
  // A row never synced is waiting since its last update (its outbox row was acknowledged elsewhere, or cleared).
  return at ?? (here.row && !here.shadow ? here.row.updatedAt : undefined);
}

/** Whether `docHere` needs the body of this key read: only when its change is waiting. */
export function needsBody(here: Here, pending: Map<string, number>): boolean {
  return here.row !== undefined && waitingSince(here, pending) !== undefined;
}

/** The document of this key as this device has it now, the changes waiting in the outbox stamped. */
export function docHere(here: Here, pending: Map<string, number>, device: string): DocHere {
  const { key, row, shadow } = here;
  const at = waitingSince(here, pending);
  const kept = shadow?.localBody ?? null;
  if (at === undefined) return { doc: shadow?.doc ?? null, localBody: kept, bodyChanged: false };
  const change = { at, device };
  if (!row) return { doc: localDoc(shadow?.doc ?? null, key, null, false, change), localBody: kept, bodyChanged: false };
  const hash = here.body ? bodyHash(here.body) : null;
  const bodyChanged = hash !== kept;
  return { doc: localDoc(shadow?.doc ?? null, key, { meta: toMeta(row), bodyHash: hash }, bodyChanged, change), localBody: hash, bodyChanged };
}

/**
 * What to keep of this key once `doc` is sent or applied: `localBody`, the body stored
 * here, stays to be sent while it is the body `doc` names and has not been acknowledged.
 */
export function shadowRow(item: Here, local: DocHere, doc: ArticleDoc, localBody: string | null = local.localBody): SyncDocRow {
  const localId = item.row?.id ?? item.shadow?.localId;
  const row: SyncDocRow = { urlKey: item.key, doc, localBody, ...(localId === undefined ? {} : { localId }) };
  const waiting = item.shadow?.bodyPending || local.bodyChanged;
  if (waiting && localBody !== null && doc.body?.hash === localBody) row.bodyPending = true;
  return row;
}

/** The rows of these URL keys, by key. */
export async function rowsByKey(db: QuireDB, keys: string[]): Promise<Map<string, StoredArticle>> {
  const rows = await db.articles.where('urlKey').anyOf(keys).toArray();
  return new Map(rows.map((row) => [row.urlKey, row]));
}

/** Each key with what this device holds of it, bodies read where `needsBody` says. */
export async function gatherHere(db: QuireDB, keys: string[], rows: Map<string, StoredArticle>, pending: Map<string, number>): Promise<Here[]> {
  const shadows = await db.syncDocs.bulkGet(keys);
  const here: Here[] = keys.map((key, i) => ({ key, row: rows.get(key), shadow: shadows[i] }));
  const reading = here.filter((item) => needsBody(item, pending));
  const bodies = await db.bodies.bulkGet(reading.map((item) => item.row!.id));
  reading.forEach((item, i) => (item.body = bodies[i]));
  return here;
}

/** This device's id, made once from the repository's ids and kept in the database. */
export async function deviceId(db: QuireDB, newId: () => string): Promise<string> {
  const kept = await db.syncState.get('device');
  if (kept) return kept.value;
  const value = newId();
  await db.syncState.put({ key: 'device', value });
  return value;
}
