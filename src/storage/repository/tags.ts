/** Tags across the whole list: renaming, merging, counting. */
import { normalizeTag, normalizeTags } from '../../core/tags';
import { guarded, StorageError } from '../errors';
import { toMeta, toStored } from '../records';
import type { RepoContext } from './context';
import { TAG_PREFIX } from './counts';
import { writeTransaction } from './write';

export interface TagCount {
  tag: string;
  count: number;
}

/** Replaces every tag in `from` by `into` on every article carrying one, in one transaction; returns how many changed. */
export function mergeTags(ctx: RepoContext, from: string[], into: string): Promise<number> {
  const target = normalizeTag(into);
  if (!target) return Promise.reject(new StorageError('empty-tag'));
  const sources = normalizeTags(from).filter((tag) => tag !== target);
  if (sources.length === 0) return Promise.resolve(0);
  const { db } = ctx;
  return writeTransaction(ctx, [db.articles], async (changes, counts) => {
    const rows = await db.articles.where('tags').anyOf(sources).distinct().toArray();
    const now = ctx.now();
    const updated = rows.map((row) => {
      const meta = toMeta(row);
      return { ...meta, tags: normalizeTags(meta.tags.map((tag) => (sources.includes(tag) ? target : tag))), updatedAt: now };
    });
    await db.articles.bulkPut(updated.map((meta) => toStored(meta)));
    rows.forEach((row, i) => counts.track(row, updated[i]));
    for (const meta of updated) changes.upsert(meta);
    return updated.length;
  });
}

export function renameTag(ctx: RepoContext, from: string, to: string): Promise<number> {
  return mergeTags(ctx, [from], to);
}

/** Every tag with the number of articles carrying it, most used first, from the running counts. */
export function allTags(ctx: RepoContext): Promise<TagCount[]> {
  return guarded(async () => {
    const rows = await ctx.db.counts.where('key').startsWith(TAG_PREFIX).toArray();
    return rows
      .map((row) => ({ tag: row.key.slice(TAG_PREFIX.length), count: row.n }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  });
}
