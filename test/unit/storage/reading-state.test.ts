import { describe, expect, test } from 'vitest';
import { clip, freshRepo } from './helpers';

describe('reading state', () => {
  test('archiving records when the article was read; marking unread clears it', async () => {
    const { repo } = freshRepo({ now: () => 5000 });
    const { article } = await repo.saveClip(clip());
    expect(await repo.setStatus(article.id, 'archived')).toMatchObject({ status: 'archived', readAt: 5000 });
    expect(await repo.setStatus(article.id, 'unread')).toMatchObject({ status: 'unread', readAt: null });
  });

  test('progress stays between 0 and 1', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip());
    expect((await repo.setProgress(article.id, 1.7)).progress).toBe(1);
    expect((await repo.setProgress(article.id, -2)).progress).toBe(0);
    expect((await repo.setProgress(article.id, 0.25)).progress).toBe(0.25);
  });

  test('counts by status, favourites and tags', async () => {
    const estimate = async () => ({ usage: 1200, quota: 90000 });
    const { repo } = freshRepo({ storageManager: { estimate, persisted: async () => true } });
    const a = await repo.saveClip({ ...clip({ url: 'https://s.example/a' }), tags: ['x'] });
    await repo.saveClip(clip({ url: 'https://s.example/b' }));
    await repo.setStatus(a.article.id, 'archived');
    await repo.setFavorite(a.article.id, true);
    expect(await repo.stats()).toEqual({
      total: 2,
      unread: 1,
      archived: 1,
      favorites: 1,
      tags: [{ tag: 'x', count: 1 }],
      imageBytes: 0,
      storage: { usage: 1200, quota: 90000, persisted: true },
    });
  });

  test('changing an article that is gone says so', async () => {
    const { repo } = freshRepo();
    await expect(repo.setFavorite('nope', true)).rejects.toMatchObject({
      name: 'StorageError',
      code: 'not-found',
      message: 'That article is no longer in the reading list.',
    });
  });
});
