/**
 * Version 8: sync. `syncOutbox` holds, one row per write, the articles it changed and when,
 * written in the write's own transaction so a crash between the two loses nothing;
 * `syncDocs` the last document synced or applied for each URL key (the stamps of every
 * value, the tombstones of removed articles); `syncState` the device id. The upgrade puts
 * every article already in the list in the outbox, stamped with its last update, so that
 * the first sync sends the whole list. Shipped, so frozen: never edit it.
 */
import type { Transaction } from 'dexie';

export const V8_STORES = {
  syncOutbox: '++seq',
  syncDocs: 'urlKey, localId',
  syncState: 'key',
};

interface ArticleV7 {
  id: string;
  updatedAt: number;
}

/** Rows read per step of the upgrade: enough for few round trips, few enough for memory. */
const UPGRADE_PAGE = 500;

export async function upgradeToV8(tx: Transaction): Promise<void> {
  const articles = tx.table('articles');
  const changes: [string, number][] = [];
  for (let last: string | null = null; ; ) {
    const page: ArticleV7[] = await (last === null ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(UPGRADE_PAGE).toArray();
    if (page.length === 0) break;
    last = page[page.length - 1]!.id;
    for (const row of page) changes.push([row.id, row.updatedAt]);
  }
  if (changes.length) await tx.table('syncOutbox').add({ changes });
}
