/**
 * The "quire" database. Every schema version that ever shipped stays declared here with
 * its upgrade, so a browser holding any older copy opens it with the current code.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ArticleBody, ArticleMeta } from '../core/article';
import { countAll } from './repository/counts';

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

export interface CountRow {
  key: string;
  n: number;
}

export type QuireDB = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  counts: EntityTable<CountRow, 'key'>;
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

/**
 * Version 2: running counts (Chromium counts index entries one by one, too slow for a
 * total on every page) and status-first sort indexes, so the unread list pages by range;
 * they also answer status lookups, so the plain status index goes.
 */
export const V2_STORES = {
  articles:
    'id, &urlKey, *tags, fav, [savedAt+id], [pubAt+id], [titleKey+id], [readingMinutes+id], ' +
    '[status+savedAt+id], [status+pubAt+id], [status+titleKey+id], [status+readingMinutes+id]',
  counts: 'key',
};

export function declareVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2)
    .stores(V2_STORES)
    .upgrade(async (tx) => {
      const articles: StoredArticle[] = await tx.table('articles').toArray();
      await tx.table('counts').bulkPut(countAll(articles));
    });
}

export type IndexedDBFactories = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/** Opens (lazily) the database; Node tests and benchmarks pass fake-indexeddb's factories. */
export function openDatabase(name: string = DB_NAME, factories?: IndexedDBFactories): QuireDB {
  const db = new Dexie(name, factories ? { indexedDB: factories.indexedDB, IDBKeyRange: factories.IDBKeyRange } : undefined);
  declareVersions(db);
  return db as QuireDB;
}
