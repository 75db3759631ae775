import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { inflateSync, strFromU8 } from 'fflate';
import { cacheMarkdown } from '../../../src/core/formats/markdown-cache';
import { createRepository, openDatabase } from '../../../src/storage';
import { clip } from './helpers';

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

/** The shipped schemas in order: version n declares RELEASED[n - 1]. */
const RELEASED = [RELEASED_V1, RELEASED_V2, RELEASED_V3, RELEASED_V4];

/** A fresh IndexedDB with the database declared as it shipped at `version`, to fill before the current code opens it. */
function releasedDatabase(version: number) {
  const factories = { indexedDB: new IDBFactory(), IDBKeyRange };
  const old = new Dexie('quire', factories);
  RELEASED.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  return { factories, old };
}

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
    const { factories, old } = releasedDatabase(1);
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

describe('upgrading from version 2', () => {
  const plain = {
    ...v1Article,
    id: 'v2-plain',
    url: 'https://old.example/plain',
    canonicalUrl: 'https://old.example/plain',
    urlKey: 'old.example/plain',
    status: 'unread',
    favorite: false,
    fav: 0,
    readAt: null as number | null,
    tags: ['history'],
  };

  test('a database filled at version 2 keeps every record, and favourites still filter apart', async () => {
    const { factories, old } = releasedDatabase(2);
    await old.table('articles').bulkAdd([v1Article, plain]);
    await old.table('bodies').bulkAdd([
      { id: v1Article.id, html: '<p>Ancien texte</p>', text: 'Ancien texte' },
      { id: plain.id, html: '<p>Texte simple</p>', text: 'Texte simple' },
    ]);
    await old.table('counts').bulkAdd([
      { key: 'all', n: 2 },
      { key: 'status:archived', n: 1 },
      { key: 'status:unread', n: 1 },
      { key: 'favorite', n: 1 },
      { key: 'tag:history', n: 2 },
      { key: 'tag:france', n: 1 },
    ]);
    await old.table('searchJournal').add({ changes: [[v1Article.id, true], [plain.id, true]] });
    old.close();

    const db = openDatabase('quire', factories);
    const repo = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    const strip = ({ urlKey: _k, titleKey: _t, pubAt: _p, fav: _f, ...meta }: typeof plain) => meta;
    expect(await repo.get(plain.id)).toEqual({ ...strip(plain), html: '<p>Texte simple</p>', text: 'Texte simple' });
    expect((await repo.list({ favorite: true, sort: 'savedAt', order: 'desc', limit: 10 })).items).toEqual([strip(v1Article)]);
    const notFavourite = await repo.list({ favorite: false, tag: 'history', sort: 'title', order: 'asc', limit: 10 });
    expect(notFavourite).toMatchObject({ items: [strip(plain)], total: 1 });
    expect((await repo.list({ query: 'simple', sort: 'relevance', order: 'desc', limit: 10 })).items).toEqual([strip(plain)]);
    expect(await db.articles.get(plain.id)).not.toHaveProperty('fav');
    expect(await repo.stats()).toMatchObject({ total: 2, unread: 1, archived: 1, favorites: 1 });
  });
});

describe('upgrading from version 3', () => {
  test('a database filled at version 3 keeps every record, and saving a page again still merges into its article', async () => {
    const { factories, old } = releasedDatabase(3);
    await old.table('articles').add(v1Article);
    await old.table('bodies').add({ id: v1Article.id, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    await old.table('counts').bulkAdd([
      { key: 'all', n: 1 },
      { key: 'status:archived', n: 1 },
      { key: 'favorite', n: 1 },
      { key: 'tag:history', n: 1 },
      { key: 'tag:france', n: 1 },
    ]);
    old.close();

    const db = openDatabase('quire', factories);
    const repo = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    const { urlKey: _k, titleKey: _t, pubAt: _p, fav: _f, ...meta } = v1Article;
    expect(await repo.get(v1Article.id)).toEqual({ ...meta, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    const index = db.backendDB().transaction('articles').objectStore('articles').index('urlKey');
    expect(index.unique).toBe(false);

    const again = await repo.saveClip({ ...clip({ url: 'https://old.example/story?utm_source=y', text: 'Nouveau texte' }), tags: ['new'] });
    expect(again).toMatchObject({ created: false, article: { id: v1Article.id, status: 'archived', tags: ['history', 'france', 'new'] } });
    expect(await repo.stats()).toMatchObject({ total: 1, archived: 1, favorites: 1 });
  });
});

describe('upgrading from version 4', () => {
  const removed = { ...v1Article, id: 'v4-removed', url: 'https://old.example/gone', canonicalUrl: 'https://old.example/gone', urlKey: 'old.example/gone' };

  test("a database filled at version 4 keeps every body and Markdown cache, the trash's too, and undo brings a cache back", async () => {
    const { factories, old } = releasedDatabase(4);
    const plain = { ...v1Article, id: 'v4-plain', url: 'https://old.example/plain', canonicalUrl: 'https://old.example/plain', urlKey: 'old.example/plain' };
    await old.table('articles').bulkAdd([v1Article, plain]);
    await old.table('bodies').bulkAdd([
      { id: v1Article.id, html: '<p>Ancien texte</p>', text: 'Ancien texte', md: cacheMarkdown('Ancien *texte*') },
      { id: plain.id, html: '<p>Sans cache</p>', text: 'Sans cache' },
    ]);
    // Enough more cached bodies for the upgrade to go through them in several pages.
    const more = Array.from({ length: 1100 }, (_, i) => ({ id: `v4-more-${i}`, html: `<p>${i}</p>`, text: `${i}`, md: cacheMarkdown(`Page ${i}`) }));
    await old.table('bodies').bulkAdd(more);
    const trashed = { id: removed.id, html: '<p>Parti</p>', text: 'Parti', md: cacheMarkdown('Parti') };
    await old.table('trash').add({ token: 'undo-me', removedAt: Date.now(), articles: [removed], bodies: [trashed] });
    old.close();

    const db = openDatabase('quire', factories);
    const repo = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    const markdownOf = async (id: string) => {
      const row = await db.markdown.get(id);
      return row ? strFromU8(inflateSync(row.md.deflated)) : null;
    };
    expect(await db.bodies.bulkGet([v1Article.id, plain.id])).toEqual([
      { id: v1Article.id, html: '<p>Ancien texte</p>', text: 'Ancien texte' },
      { id: plain.id, html: '<p>Sans cache</p>', text: 'Sans cache' },
    ]);
    expect(await markdownOf(v1Article.id)).toBe('Ancien *texte*\n');
    expect(await markdownOf(plain.id)).toBeNull();
    expect(await db.bodies.count()).toBe(1102);
    expect((await db.bodies.toArray()).filter((body) => 'md' in body)).toEqual([]);
    expect(await db.markdown.count()).toBe(1101);
    expect(await markdownOf('v4-more-1099')).toBe('Page 1099\n');

    await repo.undoRemove('undo-me');
    expect(await db.bodies.get(removed.id)).toEqual({ id: removed.id, html: '<p>Parti</p>', text: 'Parti' });
    expect(await markdownOf(removed.id)).toBe('Parti\n');
  });
});
