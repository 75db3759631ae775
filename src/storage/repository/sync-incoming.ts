/**
 * What documents pulled by sync make of each URL key: this device's document (its waiting
 * changes stamped) merged with every incoming version, the one merge both sides run.
 */
import { mergeArticleDocs, type ArticleDoc } from '../../core/sync';
import type { RepoContext } from './context';
import { pendingTimes } from './outbox';
import { deviceId, docHere, gatherHere, rowsByKey, type DocHere, type Here } from './sync-here';

export interface Incoming {
  item: Here;
  local: DocHere;
  merged: ArticleDoc;
}

/** The incoming documents, several versions of one key merged into one; a lone one merged with itself, which drops PouchDB's fields (_rev). */
function byKey(docs: ArticleDoc[]): Map<string, ArticleDoc> {
  const merged = new Map<string, ArticleDoc>();
  for (const doc of docs) merged.set(doc.urlKey, mergeArticleDocs(merged.get(doc.urlKey) ?? doc, doc));
  return merged;
}

/** Inside a transaction over the articles, bodies, outbox, syncDocs and syncState: each key's merge. */
export async function mergeIncoming(ctx: RepoContext, docs: ArticleDoc[], alsoKeys: string[] = []): Promise<Incoming[]> {
  const { db } = ctx;
  const incoming = byKey(docs);
  const keys = [...new Set([...incoming.keys(), ...alsoKeys])];
  if (keys.length === 0) return [];
  const device = await deviceId(db, ctx.newId);
  const pending = pendingTimes(await db.syncOutbox.toArray());
  const here = await gatherHere(db, keys, await rowsByKey(db, keys), pending);
  return here.flatMap((item) => {
    const local = docHere(item, pending, device);
    const doc = incoming.get(item.key);
    const merged = local.doc && doc ? mergeArticleDocs(local.doc, doc) : (doc ?? local.doc);
    return merged ? [{ item, local, merged }] : [];
  });
}
