/**
 * An article's highlights. Each write is one transaction with the article's count of
 * highlights (`highlights:<id>` in `counts`) and its search entry, whose body text is
 * followed by the highlights' quotes and notes.
 */
import type { Highlight, HighlightColor, HighlightTarget } from '../../core/highlights/types';
import { guarded, StorageError } from '../errors';
import { toMeta } from '../records';
import { searchableText } from '../search/highlight-text';
import type { SearchChanges } from '../search/changes';
import type { RepoContext } from './context';
import { writeTransaction } from './write';

export const HIGHLIGHT_COUNT_PREFIX = 'highlights:';

export interface NewHighlight extends HighlightTarget {
  articleId: string;
  color: HighlightColor;
  note: string;
}

export interface HighlightChange {
  color?: HighlightColor;
  note?: string;
}

function tables(ctx: RepoContext) {
  const { db } = ctx;
  return [db.highlights, db.articles, db.bodies];
}

async function reindex(ctx: RepoContext, changes: SearchChanges, articleId: string): Promise<void> {
  const row = await ctx.db.articles.get(articleId);
  if (!row) throw new StorageError('not-found');
  changes.upsert(toMeta(row), await searchableText(ctx.db, articleId));
}

export function addHighlight(ctx: RepoContext, input: NewHighlight): Promise<Highlight> {
  return writeTransaction(ctx, tables(ctx), async (changes, counts) => {
    const now = ctx.now();
    const highlight: Highlight = { ...input, note: input.note.trim(), id: ctx.newId(), createdAt: now, updatedAt: now };
    await ctx.db.highlights.add(highlight);
    counts.adjust(HIGHLIGHT_COUNT_PREFIX + input.articleId, 1);
    await reindex(ctx, changes, input.articleId);
    return highlight;
  });
}

export function updateHighlight(ctx: RepoContext, id: string, change: HighlightChange): Promise<Highlight> {
  return writeTransaction(ctx, tables(ctx), async (changes) => {
    const old = await ctx.db.highlights.get(id);
    if (!old) throw new StorageError('not-found');
    const highlight = { ...old, color: change.color ?? old.color, note: change.note?.trim() ?? old.note, updatedAt: ctx.now() };
    await ctx.db.highlights.put(highlight);
    if (highlight.note !== old.note) await reindex(ctx, changes, old.articleId);
    return highlight;
  });
}

/** Removes it and answers with it as it was, so the page can offer to put it back. */
export function removeHighlight(ctx: RepoContext, id: string): Promise<Highlight> {
  return writeTransaction(ctx, tables(ctx), async (changes, counts) => {
    const old = await ctx.db.highlights.get(id);
    if (!old) throw new StorageError('not-found');
    await ctx.db.highlights.delete(id);
    counts.adjust(HIGHLIGHT_COUNT_PREFIX + old.articleId, -1);
    await reindex(ctx, changes, old.articleId);
    return old;
  });
}

/** Puts back a highlight removed a moment ago, with its id and times. */
export function restoreHighlight(ctx: RepoContext, highlight: Highlight): Promise<Highlight> {
  return writeTransaction(ctx, tables(ctx), async (changes, counts) => {
    await ctx.db.highlights.add(highlight);
    counts.adjust(HIGHLIGHT_COUNT_PREFIX + highlight.articleId, 1);
    await reindex(ctx, changes, highlight.articleId);
    return highlight;
  });
}

/** In the order they were made; the reader orders them by where they are placed. */
export function listHighlights(ctx: RepoContext, articleId: string): Promise<Highlight[]> {
  return guarded(async () => (await ctx.db.highlights.where('articleId').equals(articleId).toArray()).sort((a, b) => a.createdAt - b.createdAt));
}
