import { describe, expect, test } from 'vitest';
import { isDeleted } from '../../../src/core/sync';
import { openCurrent, releasedDatabase, v1Article } from './released';

describe('upgrading from version 7 to sync', () => {
  test('a database filled at version 7 keeps every record, and its first sync sends the whole list', async () => {
    const { factories, old } = releasedDatabase(7);
    const more = Array.from({ length: 1200 }, (_, i) => ({ ...v1Article, id: `v7-${i}`, url: `https://old.example/${i}`, canonicalUrl: `https://old.example/${i}`, urlKey: `old.example/${i}`, updatedAt: 1_700_000_000_000 + i }));
    await old.table('articles').bulkAdd([v1Article, ...more]);
    await old.table('bodies').add({ id: v1Article.id, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    await old.table('images').add({ hash: 'h', blob: new Blob(['png']), size: 3 });
    await old.table('imageRefs').add({ id: v1Article.id, url: 'https://old.example/a.png', hash: 'h' });
    await old.table('trash').add({ token: 'undo-me', removedAt: Date.now(), articles: [], bodies: [], markdown: [] });
    old.close();

    const { db, repo } = openCurrent(factories);
    const { urlKey: _k, titleKey: _t, pubAt: _p, fav: _f, ...meta } = v1Article;
    expect(await repo.get(v1Article.id)).toEqual({ ...meta, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    expect(await db.articles.count()).toBe(1201);
    expect(await db.imageRefs.count()).toBe(1);
    expect(await db.trash.count()).toBe(1);

    const sent = await repo.sync.outgoing(5000);
    expect(sent.docs).toHaveLength(1201);
    const first = sent.docs.find((doc) => doc.urlKey === v1Article.urlKey)!;
    expect(first.fields).toMatchObject({ title: v1Article.title, status: 'archived', favorite: true, readAt: v1Article.readAt });
    expect(first.stamps.title.at).toBe(v1Article.updatedAt);
    expect(Object.keys(first.tags).sort()).toEqual(['france', 'history']);
    expect(first.progress.value).toBe(0.75);
    expect(isDeleted(first)).toBe(false);
    expect(sent.bodies.map((body) => body.text)).toEqual(['Ancien texte']);
  });
});
