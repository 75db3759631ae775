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
import { HIGHLIGHT_COUNT_PREFIX } from './highlights';
import type { CountDeltas } from './counts';
import type { SearchChanges } from '../search/changes';
import type { Highlight } from '../../core/highlights/types';
import { highlightText, withHighlightText } from '../search/highlight-text';
import { dropUnreferenced, takeRefs } from './images';
import { assertUrlsFree } from './one-per-url';
import { writeTransaction } from './write';

export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export interface RemoveResult {
  undoToken: string;
  removed: number;
}

/** Removed articles take their highlights to the trash, and undo brings them back. */
function countHighlights(counts: CountDeltas, highlights: Highlight[], sign: 1 | -1): void {
  for (const { articleId } of highlights) counts.adjust(HIGHLIGHT_COUNT_PREFIX + articleId, sign);
}

/** The tables a removal writes. */
export function removalTables(db: RepoContext['db']) {
  return [db.articles, db.bodies, db.markdown, db.highlights, db.trash, db.images, db.imageRefs];
}

/** Inside a write transaction: moves these articles, with all they hold, to a new trash batch. */
export async function trashArticles(ctx: RepoContext, ids: string[], changes: SearchChanges, counts: CountDeltas): Promise<RemoveResult> {
  const { db } = ctx;
  const now = ctx.now();
  const expired = db.trash.where('removedAt').below(now - UNDO_WINDOW_MS);
  const expiredRefs = (await expired.toArray()).flatMap((batch) => batch.imageRefs ?? []);
  await expired.delete();
  await dropUnreferenced(db, expiredRefs.map((ref) => ref.hash));
  const unique = [...new Set(ids)];
  const articles = (await db.articles.bulkGet(unique)).filter((row): row is StoredArticle => row !== undefined);
  const found = articles.map((row) => row.id);
  const bodies = (await db.bodies.bulkGet(found)).filter((row): row is ArticleBody => row !== undefined);
  const markdown = (await db.markdown.bulkGet(found)).filter((row): row is MarkdownRow => row !== undefined);
  const highlights = await db.highlights.where('articleId').anyOf(found).toArray();
  await Promise.all([db.articles.bulkDelete(found), db.bodies.bulkDelete(found), db.markdown.bulkDelete(found), db.highlights.bulkDelete(highlights.map((h) => h.id))]);
  const imageRefs = await takeRefs(db, found);
  const undoToken = ctx.newId();
  await db.trash.add({ token: undoToken, removedAt: now, articles, bodies, markdown, highlights, imageRefs });
  countHighlights(counts, highlights, -1);
  for (const row of articles) {
    changes.remove(row.id);
    counts.track(row, undefined);
  }
  return { undoToken, removed: found.length };
}

export function remove(ctx: RepoContext, ids: string[]): Promise<RemoveResult> {
  return writeTransaction(ctx, removalTables(ctx.db), (changes, counts) => trashArticles(ctx, ids, changes, counts));
}

/** Puts a removed batch back as it was; fails with 'undo-expired' once the undo window has passed. */
export function undoRemove(ctx: RepoContext, undoToken: string): Promise<ArticleMeta[]> {
  const { db } = ctx;
  return writeTransaction(ctx, [db.articles, db.bodies, db.markdown, db.highlights, db.trash, db.imageRefs], async (changes, counts) => {
    const batch = await db.trash.get(undoToken);
    if (!batch || batch.removedAt < ctx.now() - UNDO_WINDOW_MS) {
      throw new StorageError('undo-expired');
    }
    // The same page may have been saved again since.
    await assertUrlsFree(db, batch.articles);
    await db.articles.bulkAdd(batch.articles);
    await db.bodies.bulkPut(batch.bodies);
    await db.markdown.bulkPut(batch.markdown);
    const highlights = batch.highlights ?? [];
    await db.highlights.bulkPut(highlights);
    countHighlights(counts, highlights, 1);
    await db.imageRefs.bulkPut(batch.imageRefs ?? []);
    await db.trash.delete(undoToken);
    const extra = highlightText(highlights);
    const texts = new Map(batch.bodies.map((body) => [body.id, withHighlightText(body.text, extra.get(body.id))]));
    const metas = batch.articles.map(toMeta);
    for (const meta of metas) {
      changes.upsert(meta, texts.get(meta.id) ?? extra.get(meta.id) ?? '');
      counts.track(undefined, meta);
    }
    return metas;
  });
}
