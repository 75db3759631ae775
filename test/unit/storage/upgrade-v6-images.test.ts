import { describe, expect, test } from 'vitest';
import { openImageReader } from '../../../src/storage/image-reader';
import { openCurrent, releasedDatabase, v1Article } from './released';

describe('upgrading from version 6 to the images tables', () => {
  test('a database filled at version 6 keeps every record, and its articles, trash included, can take images', async () => {
    const { factories, old } = releasedDatabase(6);
    const removed = { ...v1Article, id: 'v6-removed', url: 'https://old.example/gone', canonicalUrl: 'https://old.example/gone', urlKey: 'old.example/gone' };
    await old.table('articles').add(v1Article);
    await old.table('bodies').add({ id: v1Article.id, html: '<p><img src="https://old.example/a.png">Ancien</p>', text: 'Ancien' });
    await old.table('markdown').add({ id: v1Article.id, md: { v: 1, deflated: new Uint8Array([1]), crc: 0, size: 1 } });
    await old.table('trash').add({ token: 'undo-me', removedAt: Date.now(), articles: [removed], bodies: [], markdown: [] });
    old.close();

    const { db, repo } = openCurrent(factories);
    expect(await repo.get(v1Article.id)).toMatchObject({ title: v1Article.title, html: '<p><img src="https://old.example/a.png">Ancien</p>' });
    expect(await db.markdown.count()).toBe(1);
    expect(await openImageReader(db).imagesOf(v1Article.id)).toEqual(new Map());
    await repo.storeImages(v1Article.id, [{ url: 'https://old.example/a.png', hash: 'h', blob: new Blob(['png']) }]);
    expect([...(await openImageReader(db).imagesOf(v1Article.id)).keys()]).toEqual(['https://old.example/a.png']);
    expect((await repo.undoRemove('undo-me')).map((meta) => meta.id)).toEqual(['v6-removed']);
  });
});
