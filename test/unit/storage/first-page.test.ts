import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, test } from 'vitest';
import type { ImportItem } from '../../../src/core/formats/types';
import { createRepository, openDatabase } from '../../../src/storage';
import { readFirstPage } from '../../../src/storage/first-page';

function item(n: number): ImportItem {
  return {
    line: n,
    url: `https://example.org/articles/${n}`,
    title: `Article ${n}`,
    tags: n % 4 ? [] : ['later'],
    status: n % 3 ? 'unread' : 'archived',
    favorite: n % 5 === 0,
    // Pairs saved at the same moment: the id decides their order.
    savedAt: Date.UTC(2025, 0, 1) + Math.floor(n / 2) * 60_000,
    kind: 'article',
    text: `Text of article ${n}.`,
  };
}

function seededList(count: number) {
  const factories = { indexedDB: new IDBFactory(), IDBKeyRange };
  const repo = createRepository(openDatabase('quire', factories), { storageManager: null, searchFlushDelayMs: null });
  return { factories, repo, ready: count ? repo.applyImport(Array.from({ length: count }, (_, n) => item(n))) : repo.stats() };
}

const NEWEST = { sort: 'savedAt', order: 'desc', limit: 20 } as const;

describe('the popup’s first page, read straight from the database', () => {
  test('holds the rows, the total and the cursor the background would answer', async () => {
    const { factories, repo, ready } = seededList(95);
    await ready;
    const direct = await readFirstPage(20, factories);
    const asked = await repo.list(NEWEST);
    expect(direct).toEqual(asked);
    expect(direct!.items).toHaveLength(20);
    // The next page comes from the background, after the direct page's cursor.
    const next = await repo.list({ ...NEWEST, cursor: direct!.nextCursor });
    expect(next.items.map((a) => a.id)).toEqual((await repo.list({ ...NEWEST, limit: 40 })).items.slice(20).map((a) => a.id));
  });

  test('is the whole list, with no cursor, when it fits one page', async () => {
    const { factories, repo, ready } = seededList(7);
    await ready;
    expect(await readFirstPage(20, factories)).toEqual(await repo.list(NEWEST));
  });

  test('is empty for an empty list', async () => {
    const { factories, ready } = seededList(0);
    await ready;
    expect(await readFirstPage(20, factories)).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  test('leaves the background to answer, and creates nothing, when there is no database yet', async () => {
    const factories = { indexedDB: new IDBFactory(), IDBKeyRange };
    expect(await readFirstPage(20, factories)).toBeNull();
    expect(await factories.indexedDB.databases()).toEqual([]);
  });

  test('leaves the background to answer when the database still has an upgrade to run', async () => {
    const factories = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new Dexie('quire', factories);
    old.version(4).stores({ articles: 'id' });
    await old.open();
    old.close();
    expect(await readFirstPage(20, factories)).toBeNull();
  });
});
