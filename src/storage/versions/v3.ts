/**
 * Version 3: fewer index entries per article, because a bulk import pays for each one.
 * Only the default order, newest saved, keeps its status-first index; publication date,
 * title and reading time sort in memory (list-plan.ts). `fav` is set on favourites only,
 * so the other rows have no entry in its index. Shipped, so frozen: never edit it.
 */
import type { Transaction } from 'dexie';

export const V3_STORES = {
  articles: 'id, &urlKey, *tags, fav, [status+savedAt+id]',
};

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .where('fav')
    .equals(0)
    .modify((row: { fav?: number }) => {
      delete row.fav;
    });
}
