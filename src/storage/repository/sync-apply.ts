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
import type { ArticleMeta } from '../../core/article';
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

/** An article to write as the merged document has it, with the body to store beside it. */
interface Write {
  plan: Incoming;
  meta: ArticleMeta;
  body: BodyDoc | null;
}

/** The write an article needs, or null when the list already has it so. */
function writeFor(ctx: RepoContext, plan: Incoming, body: BodyDoc | null): Write | null {
  const row = plan.item.row;
  const old = row ? toMeta(row) : undefined;
  const meta = metaOf(plan.merged, row?.id ?? ctx.newId(), old);
  return old && !body && sameSynced(old, meta) ? null : { plan, meta, body };
}

function shadowAfter({ item, local, merged }: Incoming, write: Write | null): SyncDocRow {
  if (!write) return shadowRow(item, local, merged);
  return { ...shadowRow(item, local, merged, write.body ? write.body.hash : local.localBody), localId: write.meta.id };
}

/**
 * All the writes in a few bulk requests, after the loop: Dexie follows its transaction
 * across at most about a hundred native awaits in a row (ZONE_ECHO_LIMIT), and a loop
 * awaiting per article failed with PrematureCommitError once a call applied that many.
 */
async function writeAll(ctx: RepoContext, writes: Write[], changes: SearchChanges, counts: CountDeltas): Promise<void> {
  const { db } = ctx;
  if (writes.length === 0) return;
  const withBody = writes.filter((write) => write.body);
  const bodyIds = withBody.map((write) => write.meta.id);
  await Promise.all([
    db.articles.bulkPut(writes.map(({ plan, meta }) => toStored(meta, plan.item.key))),
    db.bodies.bulkPut(withBody.map(({ meta, body }) => toBodyRow(meta.id, body!))),
    db.markdown.bulkDelete(bodyIds),
  ]);
  const extra = await readHighlightText(db, bodyIds);
  for (const { plan, meta, body } of writes) {
    counts.track(plan.item.row, meta);
    changes.upsert(meta, body ? withHighlightText(body.text, extra.get(meta.id)) : plan.item.row ? undefined : '');
  }
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
    const writes: Write[] = [];
    const removed: string[] = [];
    const trashed: Incoming[] = [];
    const shadows: SyncDocRow[] = [];
    for (const plan of await mergeIncoming(ctx, docs, [...bodyOf.keys()])) {
      const { item, merged } = plan;
      const gone = isDeleted(merged);
      if (gone && !item.row) {
        if (newsForTrash(plan)) trashed.push(plan);
        shadows.push(shadowAfter(plan, null));
        continue;
      }
      // A removed article goes to the trash as the merged document has it, so that its undo keeps what sync brought.
      const write = writeFor(ctx, plan, gone ? null : newBody(plan, bodyOf.get(item.key)));
      if (write) writes.push(write);
      if (gone) removed.push(item.row!.id);
      else if (write) applied[item.row ? 'updated' : 'created']++;
      shadows.push(shadowAfter(plan, write));
    }
    await writeAll(ctx, writes, changes, counts);
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
