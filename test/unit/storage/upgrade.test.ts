import { describe, expect, test } from 'vitest';
import { openCurrent, releasedDatabase, v1Article } from './released';

describe('upgrading the database', () => {
  test('a database filled at version 1 opens with the current code with every record and field', async () => {
    const { factories, old } = releasedDatabase(1);
    await old.table('articles').add(v1Article);
    await old.table('bodies').add({ id: 'v1-article', html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    await old.table('searchJournal').add({ id: 'v1-article', body: true });
    old.close();

    const { db, repo } = openCurrent(factories);
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

    const { db, repo } = openCurrent(factories);
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
