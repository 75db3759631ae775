import { describe, expect, test } from 'vitest';
import { createRepository, type Repository } from '../../../src/storage';
import { clip, freshRepo } from './helpers';

async function titlesFor(repo: Repository, query: string, extra: { tag?: string } = {}): Promise<string[]> {
  const page = await repo.list({ query, sort: 'relevance', order: 'desc', limit: 20, ...extra });
  return page.items.map((a) => a.title);
}

async function seed(repo: Repository) {
  await repo.saveClip({ ...clip({ url: 'https://a.example/1', title: 'Volcano erupts in Iceland', text: 'Lava flows reached the town.' }), tags: ['geology'] });
  await repo.saveClip(clip({ url: 'https://a.example/2', title: 'Town council meeting', text: 'A volcano was mentioned once.', byline: 'Zoë Núñez' }));
  await repo.saveClip(clip({ url: 'https://a.example/3', title: 'Crème brûlée recipe', text: 'Caramelised sugar on custard.', siteName: 'Cuisine Hebdo' }));
  await repo.saveClip(clip({ url: 'https://a.example/4', title: '東京都の天気予報', text: '明日は晴れるでしょう。' }));
  await repo.saveClip(clip({ url: 'https://a.example/5', title: 'Новости науки', text: 'Учёные открыли новую планету.' }));
}

describe('searching the reading list', () => {
  test('a match in the title ranks above a match in the body', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    expect(await titlesFor(repo, 'volcano')).toEqual(['Volcano erupts in Iceland', 'Town council meeting']);
  });

  test('matches word beginnings, one typo, any case and any accents', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    expect(await titlesFor(repo, 'volc')).toHaveLength(2);
    expect(await titlesFor(repo, 'icelamd')).toEqual(['Volcano erupts in Iceland']);
    expect(await titlesFor(repo, 'CREME BRULEE')).toEqual(['Crème brûlée recipe']);
    expect(await titlesFor(repo, 'zoe nunez')).toEqual(['Town council meeting']);
    expect(await titlesFor(repo, 'hebdo')).toEqual(['Crème brûlée recipe']);
  });

  test('the word being typed matches titles from its second letter and bodies from its fourth', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    expect(await titlesFor(repo, 'vo')).toEqual(['Volcano erupts in Iceland']);
    expect(await titlesFor(repo, 'vol')).toEqual(['Volcano erupts in Iceland']);
    expect(await titlesFor(repo, 'volc')).toEqual(['Volcano erupts in Iceland', 'Town council meeting']);
  });

  test('every word of the query must match somewhere', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    expect(await titlesFor(repo, 'volcano lava')).toEqual(['Volcano erupts in Iceland']);
    expect(await titlesFor(repo, 'volcano custard')).toEqual([]);
    const words = Array.from({ length: 40 }, (_, n) => `w${n}`);
    await repo.saveClip(clip({ url: 'https://a.example/long', title: 'All the words', text: words.join(' ') }));
    expect(await titlesFor(repo, words.join(' '))).toEqual(['All the words']);
    expect(await titlesFor(repo, `${words.slice(0, 30).join(' ')} custard`)).toEqual([]);
  });

  test('finds words in Japanese and Russian text', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    expect(await titlesFor(repo, '東京')).toEqual(['東京都の天気予報']);
    expect(await titlesFor(repo, '晴れる')).toEqual(['東京都の天気予報']);
    expect(await titlesFor(repo, 'планету')).toEqual(['Новости науки']);
    expect(await titlesFor(repo, 'ученые')).toEqual(['Новости науки']);
  });

  test('tags are searchable, follow renames, and a query combines with a tag filter', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    expect(await titlesFor(repo, 'geology')).toEqual(['Volcano erupts in Iceland']);
    await repo.renameTag('geology', 'earth science');
    expect(await titlesFor(repo, 'geology')).toEqual([]);
    expect(await titlesFor(repo, 'earth')).toEqual(['Volcano erupts in Iceland']);
    expect(await titlesFor(repo, 'volcano', { tag: 'earth science' })).toEqual(['Volcano erupts in Iceland']);
  });

  test('removed articles disappear from results and come back with undo', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    const [hit] = (await repo.list({ query: 'iceland', sort: 'relevance', order: 'desc', limit: 5 })).items;
    const { undoToken } = await repo.remove([hit!.id]);
    expect(await titlesFor(repo, 'iceland')).toEqual([]);
    await repo.undoRemove(undoToken);
    expect(await titlesFor(repo, 'iceland')).toEqual(['Volcano erupts in Iceland']);
  });

  test('a large import into a loaded index is searchable, and later changes stay in order', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    await repo.warmSearch();
    const items = Array.from({ length: 120 }, (_, i) => ({
      line: i + 1, url: `https://bulk.example/${i}`, title: `Bulk ${i}`, tags: [], status: 'unread' as const,
      favorite: false, savedAt: i, kind: 'article' as const, text: i === 119 ? 'needle in the last one' : 'hay',
    }));
    await repo.applyImport(items);
    const last = await repo.getByUrl('https://bulk.example/119');
    await repo.remove([last!.id]);
    expect(await titlesFor(repo, 'needle')).toEqual([]);
    expect((await repo.list({ query: 'hay', sort: 'relevance', order: 'desc', limit: 5 })).total).toBe(119);
  });

  test('a re-saved article is found by its new text only', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    await repo.saveClip(clip({ url: 'https://a.example/3', title: 'Crème brûlée recipe', text: 'Now with raspberries.' }));
    expect(await titlesFor(repo, 'custard')).toEqual([]);
    expect(await titlesFor(repo, 'raspberries')).toEqual(['Crème brûlée recipe']);
  });

  test('results can be sorted by date instead of relevance', async () => {
    const { repo } = freshRepo();
    await seed(repo);
    const page = await repo.list({ query: 'volcano', sort: 'savedAt', order: 'desc', limit: 1 });
    expect(page.items.map((a) => a.title)).toEqual(['Town council meeting']);
    expect(page.total).toBe(2);
    const next = await repo.list({ query: 'volcano', sort: 'savedAt', order: 'desc', limit: 1, cursor: page.nextCursor });
    expect(next.items.map((a) => a.title)).toEqual(['Volcano erupts in Iceland']);
  });
});

describe('the search index on disk', () => {
  test('reopening uses the stored index and never reads the bodies', async () => {
    const { db, repo } = freshRepo();
    await seed(repo);
    await repo.warmSearch();
    await repo.flushSearchIndex();
    // Bodies gone: a rebuild would now find nothing in body text.
    await db.bodies.clear();
    const reopened = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    expect(await titlesFor(reopened, 'caramelised')).toEqual(['Crème brûlée recipe']);
  });

  test('changes made after the last snapshot are replayed from the journal', async () => {
    const { db, repo } = freshRepo();
    await seed(repo);
    await repo.warmSearch();
    await repo.flushSearchIndex();
    await repo.saveClip(clip({ url: 'https://a.example/6', title: 'Late arrival', text: 'Saved after the snapshot.' }));
    const [volcano] = (await repo.list({ query: 'iceland', sort: 'relevance', order: 'desc', limit: 1 })).items;
    await repo.remove([volcano!.id]);
    const reopened = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    expect(await titlesFor(reopened, 'snapshot')).toEqual(['Late arrival']);
    expect(await titlesFor(reopened, 'iceland')).toEqual([]);
  });

  test('a database without a stored index builds one from the articles', async () => {
    const { db, repo } = freshRepo();
    await seed(repo);
    await db.searchSnapshot.clear();
    await db.searchJournal.clear();
    const reopened = createRepository(db, { storageManager: null, searchFlushDelayMs: null });
    expect(await titlesFor(reopened, 'lava')).toEqual(['Volcano erupts in Iceland']);
  });
});
