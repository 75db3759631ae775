/** Whether a document stands for an article in the list or for a removed one. */
import { compareStamps, newestStamp } from './stamp';
import type { ArticleDoc, SyncStamp } from './types';

/** Every stamp of the article's content and state, the tombstone's aside. */
export function editStamps(doc: ArticleDoc): SyncStamp[] {
  return [...Object.values(doc.stamps), ...Object.values(doc.tags).map((tag) => tag.stamp), doc.progress.stamp, ...(doc.body ? [doc.body.stamp] : [])];
}

/**
 * Removed: the tombstone is on and no change is newer than it. A change made on another
 * device after the removal (read further, tagged) keeps the article: never a lost article.
 */
export function isDeleted(doc: ArticleDoc): boolean {
  if (!doc.deleted.on) return false;
  const edit = newestStamp(editStamps(doc));
  return !edit || compareStamps(edit, doc.deleted.stamp) < 0;
}

/** The list's view of the document: its tags that are on, in order. */
export function tagsOn(doc: ArticleDoc): string[] {
  return Object.entries(doc.tags)
    .filter(([, tag]) => tag.on)
    .map(([tag]) => tag)
    .sort();
}
