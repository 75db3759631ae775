import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ArticleMeta } from '../../../src/core/article';
import type { ImportItem } from '../../../src/core/formats/types';
import type { ListQuery, Repository, SortKey } from '../../../src/storage';
import { freshRepo } from './helpers';

function item(n: number, overrides: Partial<ImportItem> = {}): ImportItem {
  return {
    line: n,
    url: `https://example.org/articles/${n}`,
    title: `Article ${n}`,
    tags: [],
    status: 'unread',
    favorite: false,
    savedAt: Date.UTC(2025, 0, 1) + n * 60_000,
    kind: 'article',
    text: `Text of article ${n}.`,
    ...overrides,
  };
}

async function allPages(repo: Repository, query: Omit<ListQuery, 'cursor'>, total: number): Promise<ArticleMeta[]> {
  const seen: ArticleMeta[] = [];
  let cursor: string | null = null;
  do {
    const page = await repo.list({ ...query, cursor });
    expect(page.items.length).toBeLessThanOrEqual(query.limit);
    expect(page.total).toBe(total);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

const sortValue: Record<SortKey, (a: ArticleMeta) => number | string> = {
  savedAt: (a) => a.savedAt,
  publishedTime: (a) => (a.publishedTime ? Date.parse(a.publishedTime) : 0),
  title: (a) => a.title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase(),
  readingMinutes: (a) => a.readingMinutes,
};

function expectedOrder(articles: ArticleMeta[], query: Omit<ListQuery, 'cursor'>): string[] {
  const key = sortValue[query.sort as SortKey];
  const matching = articles.filter(
    (a) =>
      (query.status === undefined || a.status === query.status) &&
      (query.favorite === undefined || a.favorite === query.favorite) &&
      (query.tag === undefined || a.tags.includes(query.tag)),
  );
  const sorted = matching.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return (query.order === 'desc' ? sorted.reverse() : sorted).map((a) => a.id);
}

describe('listing the reading list', () => {
  test('the newest saved come first, fifty to a page, with the total', async () => {
    const { repo } = freshRepo();
    await repo.applyImport(Array.from({ length: 120 }, (_, i) => item(i)));
    const page = await repo.list({ sort: 'savedAt', order: 'desc', limit: 50 });
    expect(page.total).toBe(120);
    expect(page.items.map((a) => a.title).slice(0, 2)).toEqual(['Article 119', 'Article 118']);
    const next = await repo.list({ sort: 'savedAt', order: 'desc', limit: 50, cursor: page.nextCursor });
    expect(next.items[0]?.title).toBe('Article 69');
    expect(page.items[0]).not.toHaveProperty('text');
  });

  test('paging through any filter and sort shows every matching article once, in order', async () => {
    const article = fc.record({
      title: fc.constantFrom('Zebra', 'apple', 'Éclair', 'eclair', 'Banana', '東京'),
      minutes: fc.integer({ min: 0, max: 4 }),
      published: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      status: fc.constantFrom('unread' as const, 'archived' as const),
      favorite: fc.boolean(),
      tags: fc.subarray(['a', 'b', 'c']),
    });
    const query = fc.record({
      sort: fc.constantFrom<SortKey>('savedAt', 'publishedTime', 'title', 'readingMinutes'),
      order: fc.constantFrom('asc' as const, 'desc' as const),
      limit: fc.integer({ min: 1, max: 7 }),
      status: fc.option(fc.constantFrom('unread' as const, 'archived' as const), { nil: undefined }),
      favorite: fc.option(fc.boolean(), { nil: undefined }),
      tag: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(article, { maxLength: 25 }), query, async (specs, q) => {
        const { repo } = freshRepo();
        await repo.applyImport(
          specs.map((s, i) =>
            item(i, {
              title: s.title,
              readingMinutes: s.minutes,
              publishedTime: s.published === null ? null : new Date(Date.UTC(2024, s.published)).toISOString(),
              status: s.status,
              favorite: s.favorite,
              tags: s.tags,
              savedAt: Date.UTC(2025, 0, 1) + (i % 5) * 1000,
            }),
          ),
        );
        const expected = expectedOrder(await repo.exportAll(), q);
        const seen = await allPages(repo, q, expected.length);
        expect(seen.map((a) => a.id)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  test('paging everything stays in order however read and unread articles interleave', async () => {
    const { repo } = freshRepo();
    const pattern = 'aaaaaaaauuuauuauauuuuuuuuaaa';
    await repo.applyImport([...pattern].map((s, i) => item(i, { status: s === 'a' ? 'archived' : 'unread' })));
    const everything = await repo.exportAll();
    for (const order of ['asc', 'desc'] as const) {
      for (const limit of [1, 3, 5, 8]) {
        const query = { sort: 'savedAt' as const, order, limit };
        const expected = expectedOrder(everything, query);
        expect((await allPages(repo, query, expected.length)).map((a) => a.id)).toEqual(expected);
      }
    }
  });

  test('filters combine: favourite unread articles with a tag', async () => {
    const { repo } = freshRepo();
    await repo.applyImport([
      item(1, { tags: ['science'], favorite: true }),
      item(2, { tags: ['science'], favorite: true, status: 'archived' }),
      item(3, { tags: ['science'] }),
      item(4, { favorite: true }),
    ]);
    const page = await repo.list({ status: 'unread', favorite: true, tag: 'Science', sort: 'savedAt', order: 'desc', limit: 10 });
    expect(page.items.map((a) => a.title)).toEqual(['Article 1']);
    expect(page.total).toBe(1);
  });

  test('a damaged cursor is refused with a clear message', async () => {
    const { repo } = freshRepo();
    await expect(repo.list({ sort: 'savedAt', order: 'desc', limit: 5, cursor: 'nonsense' })).rejects.toMatchObject({
      name: 'StorageError',
      code: 'stale-cursor',
      message: 'The list position is no longer valid. Reload the list.',
    });
  });
});
