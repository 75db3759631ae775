/**
 * The "quire" database. Every schema version that ever shipped stays declared here with
 * its upgrade, so a browser holding any older copy opens it with the current code.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ArticleBody, ArticleMeta } from '../core/article';

/**
 * An article row: the metadata plus keys derived from it, because IndexedDB cannot
 * index booleans or nulls and sorts titles by code unit.
 */
export interface StoredArticle extends ArticleMeta {
  urlKey: string;
  fav: 0 | 1;
  /** Epoch ms of publishedTime; 0 when unknown, so undated articles sort as oldest. */
  pubAt: number;
  /** Title folded for sorting: lower case, no diacritics. */
  titleKey: string;
}

/** One article whose search entry changed after the last snapshot of the index. */
export interface JournalEntry {
  seq?: number;
  id: string;
  /** Whether the body text changed too, not only the metadata. */
  body: boolean;
}

export interface SearchSnapshot {
  key: 'current';
  format: number;
  /** Highest journal seq the snapshot already contains. */
  seq: number;
  meta: string;
  content: string;
}

/** Articles removed together, kept a short while so the removal can be undone. */
export interface TrashBatch {
  token: string;
  removedAt: number;
  articles: StoredArticle[];
  bodies: ArticleBody[];
}

export type QuireDB = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  bodies: EntityTable<ArticleBody, 'id'>;
  searchJournal: EntityTable<JournalEntry, 'seq'>;
  searchSnapshot: EntityTable<SearchSnapshot, 'key'>;
  trash: EntityTable<TrashBatch, 'token'>;
};

export const DB_NAME = 'quire';

/** Version 1, released: the first shape of the database. */
export const V1_STORES = {
  articles: 'id, &urlKey, *tags, status, fav, [savedAt+id], [pubAt+id], [titleKey+id], [readingMinutes+id]',
  bodies: 'id',
  searchJournal: '++seq',
  searchSnapshot: 'key',
  trash: 'token, removedAt',
};

export function declareVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}

export type IndexedDBFactories = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/** Opens (lazily) the database; Node tests and benchmarks pass fake-indexeddb's factories. */
export function openDatabase(name: string = DB_NAME, factories?: IndexedDBFactories): QuireDB {
  const db = new Dexie(name, factories ? { indexedDB: factories.indexedDB, IDBKeyRange: factories.IDBKeyRange } : undefined);
  declareVersions(db);
  return db as QuireDB;
}
