/**
 * Applying what sync pulled: each article merged with this device's version and written
 * to the list, its body and the search index in one transaction, without an outbox row
 * (an applied change is not sent back). A removal goes to the trash like one made here,
 * so it can be undone; the undo is then a change made here, after the tombstone.
 * Body HTML arrives sanitized by the caller, as an import's does: storage has no DOM.
 */
import { bodyBytes, isArticleDoc, isBodyDoc, isDeleted, MAX_SYNCED_BODY_BYTES, type ArticleDoc, type BodyDoc } from '../../core/sync';
import { guarded } from '../errors';
import type { SyncDocRow } from '../schema';
import type { RepoContext } from './context';
import { removalTables, trashArticles } from './remove';
import { shadowRow } from './sync-here';
import { mergeIncoming, type Incoming } from './sync-incoming';
import { updateTrashed } from './sync-trash';
import { writeAll, writeFor, type Write } from './sync-write';
import { writeFromSync } from './write';

export interface Applied {
  created: number;
  updated: number;
  deleted: number;
  /** Puts back the articles this call removed (repository.undoRemove); null when it removed none. */
  undoToken: string | null;
  /** Documents left out because Quire could not have written them (isArticleDoc, isBodyDoc). */
  skipped: number;
}

const bodyKey = (body: BodyDoc): string => body._id.slice('body:'.length);

/** The body to store: the one the merged document names, when it is new here and within the cap. */
function newBody({ merged, local }: Incoming, body: BodyDoc | undefined): BodyDoc | null {
  const hash = merged.body?.hash;
  if (!hash || !body || hash === local.localBody || body.hash !== hash) return null;
  return bodyBytes(body) > MAX_SYNCED_BODY_BYTES ? null : body;
}

function shadowAfter({ item, local, merged }: Incoming, write: Write | null): SyncDocRow {
  if (!write) return shadowRow(item, local, merged);
  return { ...shadowRow(item, local, merged, write.body ? write.body.hash : local.localBody), localId: write.meta.id };
}

/** Whether the key's row in syncDocs already says this: most of a pull the device has seen. */
function kept(before: SyncDocRow | undefined, after: SyncDocRow): boolean {
  if (!before || before.localId !== after.localId || before.localBody !== after.localBody || before.bodyPending !== after.bodyPending) return false;
  return JSON.stringify(before.doc) === JSON.stringify(after.doc);
}

/** A removed article with news since it was last applied here: the trash's copy takes them (sync-trash.ts). */
function newsForTrash({ item, merged }: Incoming): boolean {
  return !item.row && item.shadow?.localId !== undefined && JSON.stringify(item.shadow.doc) !== JSON.stringify(merged);
}

/** What one call does, gathered key by key before any write. */
interface Work {
  applied: Applied;
  writes: Write[];
  removed: string[];
  trashed: Incoming[];
  shadows: SyncDocRow[];
}

function plan(ctx: RepoContext, work: Work, incoming: Incoming, body: BodyDoc | undefined): void {
  const { item, merged } = incoming;
  const gone = isDeleted(merged);
  let write: Write | null = null;
  if (gone && !item.row) {
    if (newsForTrash(incoming)) work.trashed.push(incoming);
  } else {
    // A removed article goes to the trash as the merged document has it, so that its undo keeps what sync brought.
    write = writeFor(ctx, incoming, gone ? null : newBody(incoming, body));
    if (write) work.writes.push(write);
    if (gone) work.removed.push(item.row!.id);
    else if (write) work.applied[item.row ? 'updated' : 'created']++;
  }
  const shadow = shadowAfter(incoming, write);
  if (!kept(item.shadow, shadow)) work.shadows.push(shadow);
}

export function applyIncoming(ctx: RepoContext, pulled: ArticleDoc[], pulledBodies: BodyDoc[]): Promise<Applied> {
  const { db } = ctx;
  const docs = pulled.filter(isArticleDoc);
  const bodies = pulledBodies.filter(isBodyDoc);
  const skipped = pulled.length - docs.length + pulledBodies.length - bodies.length;
  const bodyOf = new Map(bodies.map((body) => [bodyKey(body), body]));
  return writeFromSync(ctx, [...removalTables(db), db.syncDocs, db.syncState], async (changes, counts) => {
    const work: Work = { applied: { created: 0, updated: 0, deleted: 0, undoToken: null, skipped }, writes: [], removed: [], trashed: [], shadows: [] };
    for (const incoming of await mergeIncoming(ctx, docs, [...bodyOf.keys()])) plan(ctx, work, incoming, bodyOf.get(incoming.item.key));
    const { applied, removed } = work;
    await writeAll(ctx, work.writes, changes, counts);
    if (removed.length) applied.undoToken = (await trashArticles(ctx, removed, changes, counts)).undoToken;
    applied.deleted = removed.length;
    await updateTrashed(db, work.trashed);
    if (work.shadows.length) await db.syncDocs.bulkPut(work.shadows);
    return applied;
  });
}

/** How many articles in the list these documents would remove: the valve that asks before a mass removal. */
export async function wouldDelete(ctx: RepoContext, docs: ArticleDoc[]): Promise<number> {
  const { db } = ctx;
  const plans = await guarded(() => db.transaction('rw', [db.articles, db.bodies, db.syncOutbox, db.syncDocs, db.syncState], () => mergeIncoming(ctx, docs.filter(isArticleDoc))));
  return plans.filter((plan) => plan.item.row && isDeleted(plan.merged)).length;
}
