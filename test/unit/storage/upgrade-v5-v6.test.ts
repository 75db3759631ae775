import { describe, expect, test } from 'vitest';
import { LATEST_VERSION } from '../../../src/storage/database-name';
import { openCurrent, releasedDatabase, v1Article } from './released';
import { passage } from './highlight-fixtures';

describe('upgrading from version 5', () => {
  test('a database filled at version 5 keeps every record and takes highlights', async () => {
    const { factories, old } = releasedDatabase(5);
    await old.table('articles').add(v1Article);
    await old.table('bodies').add({ id: v1Article.id, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    await old.table('counts').bulkAdd([{ key: 'all', n: 1 }, { key: 'status:archived', n: 1 }, { key: 'favorite', n: 1 }]);
    old.close();

    const { db, repo } = openCurrent(factories);
    const { urlKey: _k, titleKey: _t, pubAt: _p, fav: _f, ...meta } = v1Article;
    expect(await repo.get(v1Article.id)).toEqual({ ...meta, html: '<p>Ancien texte</p>', text: 'Ancien texte' });
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await repo.list({ sort: 'savedAt', order: 'desc', limit: 10, highlighted: true })).items).toEqual([]);
    await repo.addHighlight({ articleId: v1Article.id, color: 'yellow', note: 'gardé', ...passage('Main Street') });
    expect((await repo.list({ sort: 'savedAt', order: 'desc', limit: 10, highlighted: true })).items).toEqual([{ ...meta, highlightCount: 1 }]);
    expect((await repo.list({ query: 'garde', sort: 'relevance', order: 'desc', limit: 10 })).total).toBe(1);
  });
});
