/** The database as each version shipped, to fill before the current code opens it. */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRepository, openDatabase, type IndexedDBFactories } from '../../../src/storage';

/** Version 1 as it shipped, frozen here so a later edit of the schema cannot hide a broken upgrade. */
const RELEASED_V1 = {
  articles: 'id, &urlKey, *tags, status, fav, [savedAt+id], [pubAt+id], [titleKey+id], [readingMinutes+id]',
  bodies: 'id',
  searchJournal: '++seq',
  searchSnapshot: 'key',
  trash: 'token, removedAt',
};

/** Version 2 as it shipped: what changed from version 1. */
const RELEASED_V2 = {
  articles: 'id, &urlKey, *tags, fav, [status+savedAt+id], [status+pubAt+id], [status+titleKey+id], [status+readingMinutes+id]',
  counts: 'key',
};

/** Version 3 as it shipped: what changed from version 2. */
const RELEASED_V3 = {
  articles: 'id, &urlKey, *tags, fav, [status+savedAt+id]',
};

/** Version 4 as it shipped: what changed from version 3. */
const RELEASED_V4 = {
  articles: 'id, urlKey, *tags, fav, [status+savedAt+id]',
};

/** Version 5 as it shipped: what changed from version 4. */
const RELEASED_V5 = {
  markdown: 'id',
};

/** Version 6 as it shipped: what changed from version 5. */
const RELEASED_V6 = {
  highlights: 'id, articleId',
};

/** Version 7 as it shipped: what changed from version 6. */
const RELEASED_V7 = {
  images: 'hash',
  imageRefs: '[id+url], id, hash',
};

/** The shipped schemas in order: version n declares RELEASED[n - 1]. */
const RELEASED = [RELEASED_V1, RELEASED_V2, RELEASED_V3, RELEASED_V4, RELEASED_V5, RELEASED_V6, RELEASED_V7];

/** A fresh IndexedDB with the database declared as it shipped at `version`, to fill before the current code opens it. */
export function releasedDatabase(version: number) {
  const factories = { indexedDB: new IDBFactory(), IDBKeyRange };
  const old = new Dexie('quire', factories);
  RELEASED.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  return { factories, old };
}

export const v1Article = {
  id: 'v1-article',
  url: 'https://old.example/story?utm_source=x',
  canonicalUrl: 'https://old.example/story',
  urlKey: 'old.example/story',
  title: 'Élan from version one',
  titleKey: 'elan from version one',
  byline: 'Old Author',
  siteName: 'Old Site',
  excerpt: 'An excerpt.',
  lang: 'fr',
  dir: 'ltr',
  publishedTime: '2024-03-01T00:00:00.000Z',
  pubAt: Date.parse('2024-03-01T00:00:00.000Z'),
  modifiedTime: null,
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  readAt: 1_700_000_200_000,
  status: 'archived',
  favorite: true,
  fav: 1,
  tags: ['history', 'france'],
  wordCount: 1234,
  readingMinutes: 5,
  leadImageUrl: 'https://old.example/lead.jpg',
  faviconUrl: 'https://old.example/favicon.ico',
  progress: 0.75,
  kind: 'article',
};

/** The current code's repository over a database an older version filled. */
export function openCurrent(factories: IndexedDBFactories) {
  const db = openDatabase('quire', factories);
  return { db, repo: createRepository(db, { storageManager: null, searchFlushDelayMs: null }) };
}
