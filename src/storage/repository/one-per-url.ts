/**
 * One article per URL. Since schema version 4 the urlKey index no longer enforces it,
 * because a unique index costs Chromium a read on every write and an import makes
 * 10,000. Saves and imports merge into the article they look up by URL; the writes that
 * bring an article back or give it a new URL check here, inside their own transaction.
 */
import { StorageError } from '../errors';
import type { QuireDB, StoredArticle } from '../schema';

/** Fails with 'constraint' when another article already holds one of these rows' URLs. */
export async function assertUrlsFree(db: QuireDB, rows: Pick<StoredArticle, 'id' | 'urlKey'>[]): Promise<void> {
  const own = new Set(rows.map((row) => row.id));
  const holders = await db.articles.where('urlKey').anyOf(rows.map((row) => row.urlKey)).primaryKeys();
  if (holders.some((id) => !own.has(id))) throw new StorageError('constraint');
}
