/**
 * Applying what sync pulled: each article merged with this device's version and written
 * to the list, its body and the search index in one transaction, without an outbox row
 * (an applied change is not sent back). A removal goes to the trash like one made here,
 * so it can be undone; the undo is then a change made here, after the tombstone.
 * Body HTML arrives sanitized by the caller, as an import's does: storage has no DOM.
 */
import { bodyBytes, isDeleted, MAX_SYNCED_BODY_BYTES, metaOf, sameSynced, type ArticleDoc, type BodyDoc } from '../../core/sync';
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
import { writeFromSync } from './write';

export interface Applied {
  created: number;
  updated: number;
  deleted: number;
  /** Puts back the articles this call removed (repository.undoRemove); null when it removed none. */
  undoToken: string | null;
}

const bodyKey = (body: BodyDoc): string => body._id.slice('body:'.length);

/** The body to store: the one the merged document names, when it is new here and within the cap. */
function newBody({ merged, local }: Incoming, body: BodyDoc | undefined): BodyDoc | null {
  const hash = merged.body?.hash;
  if (!hash || !body || hash === local.localBody || body.hash !== hash) return null;
  return bodyBytes(body) > MAX_SYNCED_BODY_BYTES ? null : body;
}

type Tally = Omit<Applied, 'undoToken'>;

/** Writes one live article; returns what to keep of its key. */
async function writeArticle(ctx: RepoContext, plan: Incoming, body: BodyDoc | null, changes: SearchChanges, counts: CountDeltas, tally: Tally): Promise<SyncDocRow> {
  const { db } = ctx;
  const row = plan.item.row;
  const old = row ? toMeta(row) : undefined;
  const meta = metaOf(plan.merged, row?.id ?? ctx.newId(), old);
  if (old && !body && sameSynced(old, meta)) return shadowRow(plan.item, plan.local, plan.merged);
  await db.articles.put(toStored(meta, plan.item.key));
  counts.track(row, meta);
  if (body) await Promise.all([db.bodies.put(toBodyRow(meta.id, body)), db.markdown.delete(meta.id)]);
  const extra = body ? (await readHighlightText(db, [meta.id])).get(meta.id) : undefined;
  changes.upsert(meta, body ? withHighlightText(body.text, extra) : row ? undefined : '');
  if (row) tally.updated++;
  else tally.created++;
  return { ...shadowRow(plan.item, plan.local, plan.merged, body ? body.hash : plan.local.localBody), localId: meta.id };
}

export function applyIncoming(ctx: RepoContext, docs: ArticleDoc[], bodies: BodyDoc[]): Promise<Applied> {
  const { db } = ctx;
  const bodyOf = new Map(bodies.map((body) => [bodyKey(body), body]));
  return writeFromSync(ctx, [...removalTables(db), db.syncDocs, db.syncState], async (changes, counts) => {
    const tally: Tally = { created: 0, updated: 0, deleted: 0 };
    const removed: string[] = [];
    const shadows: SyncDocRow[] = [];
    for (const plan of await mergeIncoming(ctx, docs, [...bodyOf.keys()])) {
      const { item, local, merged } = plan;
      if (isDeleted(merged)) {
        if (item.row) removed.push(item.row.id);
        shadows.push(shadowRow(item, local, merged));
        continue;
      }
      shadows.push(await writeArticle(ctx, plan, newBody(plan, bodyOf.get(item.key)), changes, counts, tally));
    }
    const undoToken = removed.length ? (await trashArticles(ctx, removed, changes, counts)).undoToken : null;
    tally.deleted = removed.length;
    await db.syncDocs.bulkPut(shadows);
    return { ...tally, undoToken };
  });
}

/** How many articles in the list these documents would remove: the valve that asks before a mass removal. */
export async function wouldDelete(ctx: RepoContext, docs: ArticleDoc[]): Promise<number> {
  const { db } = ctx;
  const plans = await guarded(() => db.transaction('rw', [db.articles, db.bodies, db.syncOutbox, db.syncDocs, db.syncState], () => mergeIncoming(ctx, docs)));
  return plans.filter((plan) => plan.item.row && isDeleted(plan.merged)).length;
}
