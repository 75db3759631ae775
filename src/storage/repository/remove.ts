/**
 * Removal with undo. The removed rows move to a trash batch in the same transaction, so
 * undo restores them exactly even after the background was restarted; batches older
 * than the undo window are purged at the next removal, so removed text does not linger.
 */
import type { ArticleBody, ArticleMeta } from '../../core/article';
import { StorageError } from '../errors';
import { toMeta } from '../records';
import type { MarkdownRow, StoredArticle } from '../schema';
import type { RepoContext } from './context';
import { assertUrlsFree } from './one-per-url';
import { writeTransaction } from './write';

export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export interface RemoveResult {
  undoToken: string;
  removed: number;
}

export function remove(ctx: RepoContext, ids: string[]): Promise<RemoveResult> {
  const { db } = ctx;
  return writeTransaction(ctx, [db.articles, db.bodies, db.markdown, db.trash], async (changes, counts) => {
    const now = ctx.now();
    await db.trash.where('removedAt').below(now - UNDO_WINDOW_MS).delete();
    const unique = [...new Set(ids)];
    const articles = (await db.articles.bulkGet(unique)).filter((row): row is StoredArticle => row !== undefined);
    const found = articles.map((row) => row.id);
    const bodies = (await db.bodies.bulkGet(found)).filter((row): row is ArticleBody => row !== undefined);
    const markdown = (await db.markdown.bulkGet(found)).filter((row): row is MarkdownRow => row !== undefined);
    await Promise.all([db.articles.bulkDelete(found), db.bodies.bulkDelete(found), db.markdown.bulkDelete(found)]);
    const undoToken = ctx.newId();
    await db.trash.add({ token: undoToken, removedAt: now, articles, bodies, markdown });
    for (const row of articles) {
      changes.remove(row.id);
      counts.track(row, undefined);
    }
    return { undoToken, removed: found.length };
  });
}

/** Puts a removed batch back as it was; fails with 'undo-expired' once the undo window has passed. */
export function undoRemove(ctx: RepoContext, undoToken: string): Promise<ArticleMeta[]> {
  const { db } = ctx;
  return writeTransaction(ctx, [db.articles, db.bodies, db.markdown, db.trash], async (changes, counts) => {
    const batch = await db.trash.get(undoToken);
    if (!batch || batch.removedAt < ctx.now() - UNDO_WINDOW_MS) {
      throw new StorageError('undo-expired');
    }
    // The same page may have been saved again since.
    await assertUrlsFree(db, batch.articles);
    await db.articles.bulkAdd(batch.articles);
    await db.bodies.bulkPut(batch.bodies);
    await db.markdown.bulkPut(batch.markdown);
    await db.trash.delete(undoToken);
    const texts = new Map(batch.bodies.map((body) => [body.id, body.text]));
    const metas = batch.articles.map(toMeta);
    for (const meta of metas) {
      changes.upsert(meta, texts.get(meta.id) ?? '');
      counts.track(undefined, meta);
    }
    return metas;
  });
}
