/**
 * The local PouchDB replica: what this device pushes into it, merged with what it holds
 * (mergeArticleDocs, so nothing either side changed is lost), and its conflicting
 * revisions merged into one and the losers removed. Every write here is idempotent: the
 * same documents written again leave the replica as it was.
 */
import { compareStamps, mergeArticleDocs, type ArticleDoc, type BodyDoc } from '../../core/sync';
import { failure } from './failure';

export type Stored<T> = T & { _rev?: string; _conflicts?: string[] };
type Doc = ArticleDoc | BodyDoc;

/** Writes to one document that keep meeting a newer revision give up after this many tries (a conflict loop). */
const MAX_TRIES = 5;

const plain = <T extends Doc>(doc: Stored<T>): T => {
  const { _rev: _, _conflicts: __, ...rest } = doc;
  return rest as unknown as T;
};

/** Of two versions of one document, the one to keep: articles merged, a body the newer by stamp. */
export function combine(a: Doc, b: Doc): Doc {
  if (a.type === 'article' && b.type === 'article') return mergeArticleDocs(a, b);
  if (a.type === 'body' && b.type === 'body') return (compareStamps(a.stamp, b.stamp) || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)) >= 0 ? a : b;
  return a.type === 'article' ? a : b;
}

const same = (a: Doc, b: Doc): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Writes these documents into the replica, each merged with the version it holds; answers how many changed. */
export async function mergeInto(db: PouchDB.Database, docs: Doc[]): Promise<number> {
  let changed = 0;
  let todo = docs;
  for (let tries = 0; todo.length > 0; tries++) {
    if (tries >= MAX_TRIES) throw failure('conflict', `${todo.length} documents kept changing while Quire wrote them.`);
    const held = await db.allDocs<Doc>({ keys: todo.map((doc) => doc._id), include_docs: true });
    const writes: Stored<Doc>[] = [];
    todo.forEach((doc, i) => {
      const row = held.rows[i]!;
      const current = 'doc' in row && row.doc ? (row.doc as Stored<Doc>) : null;
      if (!current) {
        writes.push(doc);
        return;
      }
      const merged = combine(plain(current), doc);
      if (!same(merged, plain(current))) writes.push({ ...merged, _rev: current._rev });
    });
    if (writes.length === 0) break;
    const results = await db.bulkDocs(writes);
    const retry = new Set<string>();
    results.forEach((result, i) => {
      if ('error' in result && result.error) {
        if (result.status === 409) retry.add(writes[i]!._id);
        else throw result;
      } else changed++;
    });
    todo = todo.filter((doc) => retry.has(doc._id));
  }
  return changed;
}

/**
 * The documents with these ids as the replica holds them, each with its conflicting
 * revisions merged in; the merged one is written over the winner and the losers removed,
 * and `onResolved` hears of each such write (for the server to get it too).
 */
export async function readResolved(db: PouchDB.Database, ids: string[], onResolved: () => void): Promise<Doc[]> {
  if (ids.length === 0) return [];
  const held = await db.allDocs<Doc>({ keys: ids, include_docs: true, conflicts: true });
  const docs: Doc[] = [];
  for (const row of held.rows) {
    const doc = 'doc' in row && row.doc ? (row.doc as Stored<Doc>) : null;
    if (!doc) continue;
    if (!doc._conflicts?.length) {
      docs.push(plain(doc));
      continue;
    }
    const losers = await Promise.all(doc._conflicts.map((rev) => db.get<Doc>(doc._id, { rev })));
    const merged = losers.reduce<Doc>((acc, loser) => combine(acc, plain(loser as Stored<Doc>)), plain(doc));
    await db.bulkDocs([{ ...merged, _rev: doc._rev }, ...doc._conflicts.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }))] as Stored<Doc>[]);
    onResolved();
    docs.push(merged);
  }
  return docs;
}
