/**
 * Merging two versions of one article document: each value keeps the side with the newer
 * stamp (the same stamp on both sides is settled by the value itself), tags tag by tag,
 * progress the furthest. Every rule picks the greater of two under a total order, so the
 * merge is commutative, associative and idempotent: replicas that have seen the same
 * changes hold the same document, whatever order they saw them in.
 */
import { sortedKeys } from './sorted';
import { compareStamps } from './stamp';
import { SYNCED_FIELDS, type ArticleDoc, type SyncStamp } from './types';

interface Stamped {
  stamp: SyncStamp;
}

/** Order of two values under the same stamp: any fixed order will do, so their JSON. */
function compareValues(a: unknown, b: unknown): number {
  const x = JSON.stringify(a) ?? '';
  const y = JSON.stringify(b) ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function newer<T extends Stamped>(a: T, b: T): T {
  return (compareStamps(a.stamp, b.stamp) || compareValues(a, b)) >= 0 ? a : b;
}

function mergeTags(a: ArticleDoc['tags'], b: ArticleDoc['tags']): ArticleDoc['tags'] {
  const tags: ArticleDoc['tags'] = { ...a };
  for (const [tag, entry] of Object.entries(b)) tags[tag] = tags[tag] ? newer(tags[tag], entry) : entry;
  return sortedKeys(tags);
}

function furthest(a: ArticleDoc['progress'], b: ArticleDoc['progress']): ArticleDoc['progress'] {
  return a.value !== b.value ? (a.value > b.value ? a : b) : newer(a, b);
}

function mergeBody(a: ArticleDoc['body'], b: ArticleDoc['body']): ArticleDoc['body'] {
  return a && b ? newer(a, b) : (a ?? b);
}

function mergeFields(a: ArticleDoc, b: ArticleDoc): Pick<ArticleDoc, 'fields' | 'stamps'> {
  const fields = { ...a.fields };
  const stamps = { ...a.stamps };
  for (const field of SYNCED_FIELDS) {
    const winner = newer({ value: a.fields[field], stamp: a.stamps[field] }, { value: b.fields[field], stamp: b.stamps[field] });
    (fields as Record<string, unknown>)[field] = winner.value;
    stamps[field] = winner.stamp;
  }
  return { fields, stamps };
}

/** The two versions of one article (same urlKey) merged; PouchDB's own fields such as _rev are not carried. */
export function mergeArticleDocs(a: ArticleDoc, b: ArticleDoc): ArticleDoc {
  if (a.urlKey !== b.urlKey) throw new Error(`mergeArticleDocs: ${a._id} and ${b._id} are different articles`);
  return {
    _id: a._id,
    type: 'article',
    urlKey: a.urlKey,
    ...mergeFields(a, b),
    tags: mergeTags(a.tags, b.tags),
    progress: furthest(a.progress, b.progress),
    deleted: newer(a.deleted, b.deleted),
    body: mergeBody(a.body, b.body),
  };
}
