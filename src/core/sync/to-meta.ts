/** A merged document as the list's record, and whether applying it changes the article. */
import type { ArticleMeta } from '../article';
import { editStamps, tagsOn } from './liveness';
import { newestStamp } from './stamp';
import { SYNCED_FIELDS, type ArticleDoc } from './types';

/** The tags on, in the order the article here has them, then the new ones in code-unit order. */
function orderedTags(on: string[], here: string[] = []): string[] {
  const set = new Set(on);
  const kept = here.filter((tag) => set.has(tag));
  return [...kept, ...on.filter((tag) => !kept.includes(tag))];
}

/** The record for article `id`; `here` is the article as this device had it, when it had it. */
export function metaOf(doc: ArticleDoc, id: string, here?: ArticleMeta): ArticleMeta {
  return {
    ...doc.fields,
    id,
    updatedAt: newestStamp(editStamps(doc))?.at ?? doc.fields.savedAt,
    tags: orderedTags(tagsOn(doc), here?.tags),
    progress: doc.progress.value,
  };
}

/** Whether the two records agree in everything sync carries (the order of the tags aside). */
export function sameSynced(a: ArticleMeta, b: ArticleMeta): boolean {
  if (a.progress !== b.progress || a.tags.length !== b.tags.length || a.tags.some((tag) => !b.tags.includes(tag))) return false;
  return SYNCED_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));
}
