/**
 * The documents sync keeps on the reader's server (one CouchDB database): one article
 * document per canonical URL, and one body document beside it, so the list replicates
 * before the bodies. Every synced value carries the stamp of the change that set it.
 */
import type { ArticleMeta } from '../article';

/** When and where a value was set: time in ms, then the device id as tie-break, a total order. */
export interface SyncStamp {
  at: number;
  device: string;
}

/** The article's metadata and reading state that sync carries, each field merged on its own. */
export const SYNCED_FIELDS = [
  'url',
  'canonicalUrl',
  'title',
  'byline',
  'siteName',
  'excerpt',
  'lang',
  'dir',
  'publishedTime',
  'modifiedTime',
  'savedAt',
  'readAt',
  'status',
  'favorite',
  'wordCount',
  'readingMinutes',
  'leadImageUrl',
  'faviconUrl',
  'kind',
] as const satisfies readonly (keyof ArticleMeta)[];

export type SyncedField = (typeof SYNCED_FIELDS)[number];
export type SyncedFields = Pick<ArticleMeta, SyncedField>;

export interface ArticleDoc {
  _id: string;
  type: 'article';
  urlKey: string;
  fields: SyncedFields;
  /** The stamp of each field's value: the newest wins, field by field. */
  stamps: Record<SyncedField, SyncStamp>;
  /** Every tag ever set on the article, on or off: additions and removals of both sides kept. */
  tags: Record<string, { on: boolean; stamp: SyncStamp }>;
  /** Reading progress, 0 to 1: the furthest wins; its stamp says when it was reached. */
  progress: { value: number; stamp: SyncStamp };
  /** The tombstone: on once removed; an undo is a newer stamp with on false. */
  deleted: { on: boolean; stamp: SyncStamp };
  /** Which body the article shows (the body document's hash), null when it has none. */
  body: { hash: string; stamp: SyncStamp } | null;
}

export interface BodyDoc {
  _id: string;
  type: 'body';
  html: string;
  text: string;
  hash: string;
  stamp: SyncStamp;
}

/**
 * Bodies above this many bytes (UTF-8 of html and text together) are not synced: the
 * article document still names their hash, and a device without that body keeps the
 * body it has. PouchDB replication hangs on documents of a few megabytes (apache/pouchdb#5779).
 */
export const MAX_SYNCED_BODY_BYTES = 1024 * 1024;

export const articleDocId = (urlKey: string): string => `article:${urlKey}`;
export const bodyDocId = (urlKey: string): string => `body:${urlKey}`;
