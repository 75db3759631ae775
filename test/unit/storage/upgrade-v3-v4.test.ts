import { describe, expect, test } from 'vitest';
import { inflateSync, strFromU8 } from 'fflate';
import { cacheMarkdown } from '../../../src/core/formats/markdown-cache';
import { clip } from './helpers';
import { openCurrent, releasedDatabase, v1Article } from './released';

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

    const { db, repo } = openCurrent(factories);
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

    const { db, repo } = openCurrent(factories);
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
