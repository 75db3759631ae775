/**
 * A search shown by date saved, as the popup shows it: the same pages, in the same order and
 * with the same totals, whether the list's order is in memory (after the search is warmed)
 * or not yet read again after a write.
 */
import { describe, expect, test } from 'vitest';
import type { ArticleStatus } from '../../../src/core/article';
import type { Repository } from '../../../src/storage';
import { clip, freshRepo } from './helpers';

type Query = { status?: ArticleStatus; order: 'asc' | 'desc' };

/** Every page of `query`'s hits, four at a time, and the total the first page gave. */
async function allPages(repo: Repository, text: string, { status, order }: Query): Promise<{ titles: string[]; total: number }> {
  const titles: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  do {
    const page = await repo.list({ query: text, status, sort: 'savedAt', order, limit: 4, cursor });
    if (total < 0) total = page.total;
    titles.push(...page.items.map((a) => a.title));
    cursor = page.nextCursor;
  } while (cursor);
  return { titles, total };
}

/** 30 articles saved one after another; every third mentions a volcano, every fourth is archived. */
async function seed(repo: Repository): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < 30; n++) {
    const text = n % 3 === 0 ? `A volcano, report ${n}.` : `Weather, report ${n}.`;
    const { article } = await repo.saveClip(clip({ url: `https://a.example/${n}`, title: `Story ${n}`, text }));
    if (n % 4 === 0) await repo.setStatus(article.id, 'archived');
    ids.push(article.id);
  }
  return ids;
}

function expected(numbers: number[], { status, order }: Query): { titles: string[]; total: number } {
  const kept = numbers.filter((n) => n % 3 === 0 && (status === undefined || (n % 4 === 0 ? 'archived' : 'unread') === status));
  const titles = (order === 'asc' ? kept : [...kept].reverse()).map((n) => `Story ${n}`);
  return { titles, total: titles.length };
}

const QUERIES: Query[] = [
  { order: 'desc' },
  { order: 'asc' },
  { status: 'unread', order: 'desc' },
  { status: 'archived', order: 'asc' },
];

describe('a search sorted by date saved', () => {
  test('pages through every hit newest (or oldest) first, of one status or all, with the total, warmed or not', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    const numbers = Array.from({ length: 30 }, (_, n) => n);
    for (const query of QUERIES) expect(await allPages(repo, 'volcano', query)).toEqual(expected(numbers, query));
    await repo.warmSearch();
    for (const query of QUERIES) expect(await allPages(repo, 'volcano', query)).toEqual(expected(numbers, query));
  });

  test('follows every write at once: a save, a delete, a change of status', async () => {
    const { repo } = freshRepo();
    const ids = await seed(repo);
    await repo.warmSearch();
    await repo.remove([ids[3]!]);
    await repo.setStatus(ids[6]!, 'archived');
    const { article } = await repo.saveClip(clip({ url: 'https://a.example/new', title: 'Story 30', text: 'A volcano again.' }));
    const titles = async () => (await allPages(repo, 'volcano', { order: 'desc' })).titles;
    const shown = ['Story 30', 'Story 27', 'Story 24', 'Story 21', 'Story 18', 'Story 15', 'Story 12', 'Story 9', 'Story 6', 'Story 0'];
    expect(await titles()).toEqual(shown);
    await repo.warmSearch();
    expect(await titles()).toEqual(shown);
    expect((await allPages(repo, 'volcano', { status: 'archived', order: 'desc' })).titles).toEqual(['Story 24', 'Story 12', 'Story 6', 'Story 0']);
    await repo.setStatus(article.id, 'archived');
    expect((await allPages(repo, 'volcano', { status: 'unread', order: 'desc' })).titles).toEqual(['Story 27', 'Story 21', 'Story 18', 'Story 15', 'Story 9']);
  });
});

describe('a search by date finds what the same search by relevance finds', () => {
  const QUERIES = [
    'volcano', 'vo', 'volc', 'VOLCANO', 'icelamd', 'creme brulee', 'zoe nunez', 'hebdo', 'geology', 'geo',
    'volcano lava', 'volcano custard', 'lava volcano lava', 'town to', 'vol town', '東京', '晴れる', 'ученые', 'планету',
    Array.from({ length: 40 }, (_, n) => `w${n}`).join(' '), `${Array.from({ length: 31 }, (_, n) => `w${n}`).join(' ')} custard`,
  ];

  test('the same articles for every kind of query: beginnings, typos, accents, several words, tags, sites, bylines, scripts, removed articles', async () => {
    const { repo } = freshRepo();
    await repo.saveClip({ ...clip({ url: 'https://a.example/1', title: 'Volcano erupts in Iceland', text: 'Lava flows reached the town.' }), tags: ['geology'] });
    await repo.saveClip(clip({ url: 'https://a.example/2', title: 'Town council meeting', text: 'A volcano was mentioned once.', byline: 'Zoë Núñez' }));
    await repo.saveClip(clip({ url: 'https://a.example/3', title: 'Crème brûlée recipe', text: 'Caramelised sugar on custard.', siteName: 'Cuisine Hebdo' }));
    await repo.saveClip(clip({ url: 'https://a.example/4', title: '東京都の天気予報', text: '明日は晴れるでしょう。' }));
    await repo.saveClip(clip({ url: 'https://a.example/5', title: 'Новости науки', text: 'Учёные открыли новую планету.' }));
    await repo.saveClip(clip({ url: 'https://a.example/6', title: 'All the words', text: Array.from({ length: 40 }, (_, n) => `w${n}`).join(' ') }));
    const { article: gone } = await repo.saveClip(clip({ url: 'https://a.example/7', title: 'Volcano tour, deleted', text: 'Lava and a town.' }));
    await repo.remove([gone.id]);
    const found = async (query: string, sort: 'relevance' | 'savedAt') => {
      const page = await repo.list({ query, sort, order: 'desc', limit: 50 });
      return { titles: page.items.map((a) => a.title).sort(), total: page.total };
    };
    for (const query of QUERIES) expect({ query, ...(await found(query, 'savedAt')) }).toEqual({ query, ...(await found(query, 'relevance')) });
    expect((await found('volcano', 'savedAt')).titles).toEqual(['Town council meeting', 'Volcano erupts in Iceland']);
  });
});
