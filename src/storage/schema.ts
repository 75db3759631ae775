/**
 * The "quire" database: its rows' types, and opening it with every version that shipped
 * (versions/, one frozen module per version with its upgrade).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ArticleBody, ArticleMeta, MarkdownCache, NullableField } from '../core/article';
import type { Highlight } from '../core/highlights/types';
import type { ArticleDoc } from '../core/sync/types';
import { declareVersions } from './versions';
import { DB_NAME } from './database-name';

/**
 * An article row: the metadata plus keys derived from it, because IndexedDB cannot
 * index booleans or nulls and sorts titles by code unit. A field that is null is left
 * out (rows written before may still hold it), because Chromium pays for every field it
 * serializes and an imported link has ten of them null.
 */
export interface StoredArticle extends Omit<ArticleMeta, NullableField>, Partial<Pick<ArticleMeta, NullableField>> {
  urlKey: string;
  /** Present on favourites only: an index holds no entry for a row without the field. */
  fav?: 1;
  /** Epoch ms of publishedTime; 0 when unknown, so undated articles sort as oldest. */
  pubAt: number;
  /** Title folded for sorting: lower case, no diacritics. */
  titleKey: string;
}

/**
 * The articles one write changed after the last snapshot of the index, each with
 * whether its body text changed too (not only metadata). One row per write: Chromium
 * pays per record, so an import of 10,000 writes one row, not 10,000.
 */
export interface JournalEntry {
  seq?: number;
  changes: [id: string, body: boolean][];
}

export interface SearchSnapshot {
  key: 'current';
  format: number;
  /** Highest journal seq the snapshot already contains. */
  seq: number;
  meta: string;
  content: string;
}

/** A body's Markdown, deflated, for the Markdown zip; no row when the save carried none. */
export interface MarkdownRow {
  id: string;
  md: MarkdownCache;
}

/** One stored picture, once whatever number of articles show it. */
export interface ImageRow {
  /** SHA-256 of the bytes, hex. */
  hash: string;
  blob: Blob;
  size: number;
}

/** An article shows the image `hash` where its body (or lead image) says `url`. */
export interface ImageRef {
  id: string;
  url: string;
  hash: string;
}

/** Articles removed together, kept a short while so the removal can be undone. */
export interface TrashBatch {
  token: string;
  removedAt: number;
  articles: StoredArticle[];
  bodies: ArticleBody[];
  markdown: MarkdownRow[];
  /** Since version 6; batches removed before hold none. */
  highlights?: Highlight[];
  /** Their image references (batches from before version 7 have none); the images stay while a batch holds them. */
  imageRefs?: ImageRef[];
}

/** One write's changed articles, each with the time it changed, until sync has sent them. */
export interface SyncOutboxEntry {
  seq?: number;
  changes: [id: string, at: number][];
}

/** The last document synced or applied for one URL key, and which article here it is. */
export interface SyncDocRow {
  urlKey: string;
  /** The local article's id (a removed one's too, until another takes the key); none for a removal pulled before this device had the article. */
  localId?: string;
  doc: ArticleDoc;
  /** Hash of the body stored here, which may not be the one the document names yet. */
  localBody: string | null;
  /** Set while this device's body has been handed out but not acknowledged. */
  bodyPending?: true;
}

export interface SyncStateRow {
  key: 'device';
  value: string;
}

export interface CountRow {
  key: string;
  n: number;
}

export type QuireDB = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  counts: EntityTable<CountRow, 'key'>;
  bodies: EntityTable<ArticleBody, 'id'>;
  markdown: EntityTable<MarkdownRow, 'id'>;
  highlights: EntityTable<Highlight, 'id'>;
  searchJournal: EntityTable<JournalEntry, 'seq'>;
  searchSnapshot: EntityTable<SearchSnapshot, 'key'>;
  trash: EntityTable<TrashBatch, 'token'>;
  images: EntityTable<ImageRow, 'hash'>;
  imageRefs: Table<ImageRef, [string, string]>;
  syncOutbox: EntityTable<SyncOutboxEntry, 'seq'>;
  syncDocs: EntityTable<SyncDocRow, 'urlKey'>;
  syncState: EntityTable<SyncStateRow, 'key'>;
};

export { DB_NAME };

export type IndexedDBFactories = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/** Opens (lazily) the database; Node tests and benchmarks pass fake-indexeddb's factories. */
export function openDatabase(name: string = DB_NAME, factories?: IndexedDBFactories): QuireDB {
  const db = new Dexie(name, factories ? { indexedDB: factories.indexedDB, IDBKeyRange: factories.IDBKeyRange } : undefined);
  declareVersions(db);
  return db as QuireDB;
}
