/**
 * What an undo brings back of an article removed here: the trash keeps its row as it was,
 * and changes pulled since (older than the removal, or it would be back) are put into that
 * copy, so that the undo, sent as a change made here, does not take them back.
 */
import { metaOf } from '../../core/sync';
import { toMeta, toStored } from '../records';
import type { QuireDB } from '../schema';
import type { Incoming } from './sync-incoming';

export async function updateTrashed(db: QuireDB, plans: Incoming[]): Promise<void> {
  if (plans.length === 0) return;
  const byId = new Map(plans.map((plan) => [plan.item.shadow!.localId!, plan]));
  for (const batch of await db.trash.toArray()) {
    if (!batch.articles.some((row) => byId.has(row.id))) continue;
    const articles = batch.articles.map((row) => {
      const plan = byId.get(row.id);
      return plan ? toStored(metaOf(plan.merged, row.id, toMeta(row)), plan.item.key) : row;
    });
    await db.trash.put({ ...batch, articles });
  }
}
