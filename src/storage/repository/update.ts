/** Changes to one article's reading state or tags, each its own transaction. */
import type { ArticleMeta, ArticleStatus } from '../../core/article';
import { normalizeTags } from '../../core/tags';
import { StorageError } from '../errors';
import { toMeta, toStored } from '../records';
import type { RepoContext } from './context';
import { writeTransaction } from './write';

async function updateArticle(
  ctx: RepoContext,
  id: string,
  change: (meta: ArticleMeta, now: number) => ArticleMeta,
  changesSearch: boolean,
): Promise<ArticleMeta> {
  const { db } = ctx;
  return writeTransaction(ctx, [db.articles], async (changes, counts) => {
    const row = await db.articles.get(id);
    if (!row) throw new StorageError('not-found');
    const now = ctx.now();
    const meta = { ...change(toMeta(row), now), updatedAt: now };
    await db.articles.put(toStored(meta));
    counts.track(row, meta);
    if (changesSearch) changes.upsert(meta);
    return meta;
  });
}

export function setTags(ctx: RepoContext, id: string, tags: string[]): Promise<ArticleMeta> {
  return updateArticle(ctx, id, (meta) => ({ ...meta, tags: normalizeTags(tags) }), true);
}

/** Archiving records when the article was read; back to unread, it has not been. */
export function setStatus(ctx: RepoContext, id: string, status: ArticleStatus): Promise<ArticleMeta> {
  return updateArticle(ctx, id, (meta, now) => ({ ...meta, status, readAt: status === 'archived' ? now : null }), false);
}

export function setFavorite(ctx: RepoContext, id: string, favorite: boolean): Promise<ArticleMeta> {
  return updateArticle(ctx, id, (meta) => ({ ...meta, favorite }), false);
}

export function setProgress(ctx: RepoContext, id: string, progress: number): Promise<ArticleMeta> {
  const clamped = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return updateArticle(ctx, id, (meta) => ({ ...meta, progress: clamped }), false);
}
