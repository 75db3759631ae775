import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { createRepository, openDatabase } from '../../../src/storage';

/** Version 1 as it shipped, frozen here so a later edit of the schema cannot hide a broken upgrade. */
const RELEASED_V1 = {
  articles: 'id, &urlKey, *tags, status, fav, [savedAt+id], [pubAt+id], [titleKey+id], [readingMinutes+id]',
  bodies: 'id',
  searchJournal: '++seq',
  searchSnapshot: 'key',
  trash: 'token, removedAt',
};

const v1Article = {
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

describe('upgrading the database', () => {
  test('a database filled at version 1 opens with the current code with every record and field', async () => {
    const factories = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new Dexie('quire', factories);
    old.version(1).stores(RELEASED_V1);
    await old.table('articles').add(v1Article);
    await old.table('bodies').add({ id: 'v1-article', html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    await old.table('searchJournal').add({ id: 'v1-article', body: true });
    old.close();

    const db = openDatabase('quire', factories);
    const repo = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    const { urlKey: _k, titleKey: _t, pubAt: _p, fav: _f, ...meta } = v1Article;
    expect(await repo.get('v1-article')).toEqual({ ...meta, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    expect(await repo.getByUrl('https://old.example/story')).toEqual(meta);
    const page = await repo.list({ tag: 'history', favorite: true, status: 'archived', sort: 'title', order: 'asc', limit: 10 });
    expect(page.items).toEqual([meta]);
    expect((await repo.list({ query: 'ancien', sort: 'relevance', order: 'desc', limit: 10 })).items).toEqual([meta]);
    expect(await db.searchJournal.toArray()).toEqual([{ seq: 1, changes: [['v1-article', true]] }]);
    expect(await repo.stats()).toMatchObject({
      total: 1,
      unread: 0,
      archived: 1,
      favorites: 1,
      tags: [{ tag: 'france', count: 1 }, { tag: 'history', count: 1 }],
    });
  });
});
