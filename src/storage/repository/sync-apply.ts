/**
 * Applying what sync pulled: each article merged with this device's version and written
 * to the list, its body and the search index in one transaction, without an outbox row
 * (an applied change is not sent back). A removal goes to the trash like one made here,
 * so it can be undone; the undo is then a change made here, after the tombstone.
 * Body HTML arrives sanitized by the caller, as an import's does: storage has no DOM.
 */
import { bodyBytes, isArticleDoc, isBodyDoc, isDeleted, MAX_SYNCED_BODY_BYTES, metaOf, sameSynced, type ArticleDoc, type BodyDoc } from '../../core/sync';
import { guarded } from '../errors';
import { toBodyRow, toMeta, toStored } from '../records';
import type { SyncDocRow } from '../schema';
import { readHighlightText, withHighlightText } from '../search/highlight-text';
import type { SearchChanges } from '../search/changes';
import type { RepoContext } from './context';
import type { CountDeltas } from './counts';
import { removalTables, trashArticles } from './remove';
import { shadowRow } from './sync-here';
import { mergeIncoming, type Incoming } from './sync-incoming';
import { updateTrashed } from './sync-trash';
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

/** Writes one article as the merged document has it, unless it already is; whether it wrote, and what to keep of its key. */
async function writeArticle(ctx: RepoContext, plan: Incoming, body: BodyDoc | null, changes: SearchChanges, counts: CountDeltas): Promise<{ wrote: boolean; shadow: SyncDocRow }> {
  const { db } = ctx;
  const row = plan.item.row;
  const old = row ? toMeta(row) : undefined;
  const meta = metaOf(plan.merged, row?.id ?? ctx.newId(), old);
  if (old && !body && sameSynced(old, meta)) return { wrote: false, shadow: shadowRow(plan.item, plan.local, plan.merged) };
  await db.articles.put(toStored(meta, plan.item.key));
  counts.track(row, meta);
  if (body) await Promise.all([db.bodies.put(toBodyRow(meta.id, body)), db.markdown.delete(meta.id)]);
  const extra = body ? (await readHighlightText(db, [meta.id])).get(meta.id) : undefined;
  changes.upsert(meta, body ? withHighlightText(body.text, extra) : row ? undefined : '');
  const shadow = shadowRow(plan.item, plan.local, plan.merged, body ? body.hash : plan.local.localBody);
  return { wrote: true, shadow: { ...shadow, localId: meta.id } };
}

/** A removed article with news since it was last applied here: the trash's copy takes them (sync-trash.ts). */
function newsForTrash({ item, merged }: Incoming): boolean {
  return !item.row && item.shadow?.localId !== undefined && JSON.stringify(item.shadow.doc) !== JSON.stringify(merged);
}

export function applyIncoming(ctx: RepoContext, pulled: ArticleDoc[], pulledBodies: BodyDoc[]): Promise<Applied> {
  const { db } = ctx;
  const docs = pulled.filter(isArticleDoc);
  const bodies = pulledBodies.filter(isBodyDoc);
  const skipped = pulled.length - docs.length + pulledBodies.length - bodies.length;
  const bodyOf = new Map(bodies.map((body) => [bodyKey(body), body]));
  return writeFromSync(ctx, [...removalTables(db), db.syncDocs, db.syncState], async (changes, counts) => {
    const applied: Applied = { created: 0, updated: 0, deleted: 0, undoToken: null, skipped };
    const removed: string[] = [];
    const trashed: Incoming[] = [];
    const shadows: SyncDocRow[] = [];
    for (const plan of await mergeIncoming(ctx, docs, [...bodyOf.keys()])) {
      const { item, local, merged } = plan;
      if (!isDeleted(merged)) {
        const { wrote, shadow } = await writeArticle(ctx, plan, newBody(plan, bodyOf.get(item.key)), changes, counts);
        if (wrote) applied[item.row ? 'updated' : 'created']++;
        shadows.push(shadow);
      } else if (item.row) {
        // To the trash as the merged document has it, so that its undo keeps what sync brought.
        shadows.push((await writeArticle(ctx, plan, null, changes, counts)).shadow);
        removed.push(item.row.id);
      } else {
        if (newsForTrash(plan)) trashed.push(plan);
        shadows.push(shadowRow(item, local, merged));
      }
    }
    if (removed.length) applied.undoToken = (await trashArticles(ctx, removed, changes, counts)).undoToken;
    applied.deleted = removed.length;
    await updateTrashed(db, trashed);
    await db.syncDocs.bulkPut(shadows);
    return applied;
  });
}

/** How many articles in the list these documents would remove: the valve that asks before a mass removal. */
export async function wouldDelete(ctx: RepoContext, docs: ArticleDoc[]): Promise<number> {
  const { db } = ctx;
  const plans = await guarded(() => db.transaction('rw', [db.articles, db.bodies, db.syncOutbox, db.syncDocs, db.syncState], () => mergeIncoming(ctx, docs.filter(isArticleDoc))));
  return plans.filter((plan) => plan.item.row && isDeleted(plan.merged)).length;
}
