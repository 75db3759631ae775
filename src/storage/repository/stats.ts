/** Counts for the options page, from the running counts, and what the browser says about storage. */
import { guarded } from '../errors';
import type { RepoContext, StorageManagerLike } from './context';
import { readCount } from './counts';
import { imageBytes } from './images';
import { allTags, type TagCount } from './tags';

export interface StorageEstimate {
  usage: number;
  quota: number;
  persisted: boolean;
}

export interface Stats {
  total: number;
  unread: number;
  archived: number;
  favorites: number;
  tags: TagCount[];
  /** Bytes of the stored images, each counted once. */
  imageBytes: number;
  storage: StorageEstimate | null;
}

async function storageEstimate(manager: StorageManagerLike | null): Promise<StorageEstimate | null> {
  if (!manager?.estimate) return null;
  try {
    const [estimate, persisted] = await Promise.all([manager.estimate(), manager.persisted?.() ?? false]);
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  } catch {
    // Some browsers refuse estimates in private windows; the counts are still worth showing.
    return null;
  }
}

export function stats(ctx: RepoContext): Promise<Stats> {
  const { db } = ctx;
  return guarded(async () => {
    const [total, unread, archived, favorites, tags, images, storage] = await Promise.all([
      readCount(db, 'all'),
      readCount(db, 'status:unread'),
      readCount(db, 'status:archived'),
      readCount(db, 'favorite'),
      allTags(ctx),
      imageBytes(db),
      storageEstimate(ctx.storageManager),
    ]);
    return { total, unread, archived, favorites, tags, imageBytes: images, storage };
  });
}
