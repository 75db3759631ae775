/**
 * The document of an article as this device has it: the last document it synced or
 * applied, with every value the reader changed here since stamped with the change's time.
 */
import type { ArticleMeta } from '../article';
import { editStamps, isDeleted } from './liveness';
import { sortedKeys } from './sorted';
import { newestStamp, stampAfter } from './stamp';
import { articleDocId, SYNCED_FIELDS, type ArticleDoc, type SyncedFields, type SyncStamp } from './types';

/** The article as the list holds it here, and the hash of its stored body (null: none). */
export interface LocalArticle {
  meta: ArticleMeta;
  bodyHash: string | null;
}

/** When the change was made and on which device. */
export interface LocalChange {
  at: number;
  device: string;
}

function pickFields(meta: ArticleMeta): SyncedFields {
  return Object.fromEntries(SYNCED_FIELDS.map((field) => [field, meta[field] ?? null])) as unknown as SyncedFields;
}

function freshDoc(urlKey: string, { meta, bodyHash }: LocalArticle, { at, device }: LocalChange): ArticleDoc {
  const stamp: SyncStamp = { at, device };
  return {
    _id: articleDocId(urlKey),
    type: 'article',
    urlKey,
    fields: pickFields(meta),
    stamps: Object.fromEntries(SYNCED_FIELDS.map((field) => [field, stamp])) as ArticleDoc['stamps'],
    tags: sortedKeys(Object.fromEntries(meta.tags.map((tag) => [tag, { on: true, stamp }]))),
    progress: { value: meta.progress, stamp },
    deleted: { on: false, stamp: { at: 0, device } },
    body: bodyHash === null ? null : { hash: bodyHash, stamp },
  };
}

function changedTags(previous: ArticleDoc['tags'], tags: string[], { at, device }: LocalChange): ArticleDoc['tags'] {
  const next = { ...previous };
  const on = new Set(tags);
  for (const tag of on) if (!next[tag]?.on) next[tag] = { on: true, stamp: stampAfter(at, device, next[tag]?.stamp ?? null) };
  for (const [tag, entry] of Object.entries(previous)) if (entry.on && !on.has(tag)) next[tag] = { on: false, stamp: stampAfter(at, device, entry.stamp) };
  return sortedKeys(next);
}

function changedDoc(previous: ArticleDoc, { meta, bodyHash }: LocalArticle, bodyChanged: boolean, change: LocalChange): ArticleDoc {
  const { at, device } = change;
  const doc: ArticleDoc = { ...previous, fields: { ...previous.fields }, stamps: { ...previous.stamps } };
  const fields = doc.fields as Record<string, unknown>;
  for (const field of SYNCED_FIELDS) {
    const value = meta[field] ?? null;
    if (fields[field] === value) continue;
    fields[field] = value;
    doc.stamps[field] = stampAfter(at, device, previous.stamps[field]);
  }
  doc.tags = changedTags(previous.tags, meta.tags, change);
  if (meta.progress !== previous.progress.value) doc.progress = { value: meta.progress, stamp: stampAfter(at, device, previous.progress.stamp) };
  if (bodyChanged && bodyHash !== null) doc.body = { hash: bodyHash, stamp: stampAfter(at, device, previous.body?.stamp ?? null) };
  // Back in the list (an undo, or saved again): after the tombstone.
  if (isDeleted(previous)) doc.deleted = { on: false, stamp: stampAfter(at, device, previous.deleted.stamp) };
  return doc;
}

/**
 * `previous`: the document last synced or applied here (null: never); `current`: the
 * article now (null: removed here); `bodyChanged`: its body is not the one `previous`
 * was made from. Null when there is nothing to tell: removed before it was ever synced.
 */
export function localDoc(previous: ArticleDoc | null, urlKey: string, current: LocalArticle | null, bodyChanged: boolean, change: LocalChange): ArticleDoc | null {
  if (!current) {
    if (!previous || isDeleted(previous)) return previous;
    const replaced = newestStamp([...editStamps(previous), previous.deleted.stamp]);
    return { ...previous, deleted: { on: true, stamp: stampAfter(change.at, change.device, replaced) } };
  }
  return previous ? changedDoc(previous, current, bodyChanged, change) : freshDoc(urlKey, current, change);
}
