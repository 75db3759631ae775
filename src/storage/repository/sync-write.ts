/** Applying pulled articles to the list: the write each needs, then all of them in bulk. */
import type { ArticleMeta } from '../../core/article';
import { metaOf, sameSynced, type BodyDoc } from '../../core/sync';
import { toBodyRow, toMeta, toStored } from '../records';
import type { SearchChanges } from '../search/changes';
import { readHighlightText, withHighlightText } from '../search/highlight-text';
import type { RepoContext } from './context';
import type { CountDeltas } from './counts';
import type { Incoming } from './sync-incoming';

/** An article to write as the merged document has it, with the body to store beside it. */
export interface Write {
  plan: Incoming;
  meta: ArticleMeta;
  body: BodyDoc | null;
}

/** The write an article needs, or null when the list already has it so. */
export function writeFor(ctx: RepoContext, plan: Incoming, body: BodyDoc | null): Write | null {
  const row = plan.item.row;
  const old = row ? toMeta(row) : undefined;
  const meta = metaOf(plan.merged, row?.id ?? ctx.newId(), old);
  return old && !body && sameSynced(old, meta) ? null : { plan, meta, body };
}

/**
 * All the writes in a few bulk requests, after the loop: Dexie follows its transaction
 * across at most about a hundred native awaits in a row (ZONE_ECHO_LIMIT), and a loop
 * awaiting per article failed with PrematureCommitError once a call applied that many.
 */
export async function writeAll(ctx: RepoContext, writes: Write[], changes: SearchChanges, counts: CountDeltas): Promise<void> {
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
