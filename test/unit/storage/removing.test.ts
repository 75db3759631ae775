import { describe, expect, test } from 'vitest';
import { clip, freshRepo } from './helpers';

describe('removing articles', () => {
  test('undo puts the removed articles back exactly as they were', async () => {
    const { repo } = freshRepo();
    const a = await repo.saveClip({ ...clip({ url: 'https://r.example/a' }), tags: ['keep'] });
    const b = await repo.saveClip(clip({ url: 'https://r.example/b' }));
    await repo.setProgress(a.article.id, 0.5);
    const before = [await repo.get(a.article.id), await repo.get(b.article.id)];
    const { undoToken, removed } = await repo.remove([a.article.id, b.article.id, 'unknown']);
    expect(removed).toBe(2);
    expect((await repo.stats()).total).toBe(0);
    expect(await repo.getByUrl('https://r.example/a')).toBeNull();
    const restored = await repo.undoRemove(undoToken);
    expect(restored).toHaveLength(2);
    expect([await repo.get(a.article.id), await repo.get(b.article.id)]).toEqual(before);
    expect(await repo.allTags()).toEqual([{ tag: 'keep', count: 1 }]);
  });

  test('a removal can be undone once, and not after ten minutes', async () => {
    let now = 1_000_000;
    const { repo } = freshRepo({ now: () => now });
    const a = await repo.saveClip(clip({ url: 'https://r.example/a' }));
    const first = await repo.remove([a.article.id]);
    await repo.undoRemove(first.undoToken);
    await expect(repo.undoRemove(first.undoToken)).rejects.toMatchObject({ code: 'undo-expired' });
    const second = await repo.remove([a.article.id]);
    now += 11 * 60 * 1000;
    await expect(repo.undoRemove(second.undoToken)).rejects.toMatchObject({
      code: 'undo-expired',
      message: 'That removal can no longer be undone.',
    });
  });

  test('undo after the same page was saved again fails and changes nothing', async () => {
    const { repo } = freshRepo();
    const a = await repo.saveClip(clip({ url: 'https://r.example/a' }));
    const { undoToken } = await repo.remove([a.article.id]);
    const again = await repo.saveClip(clip({ url: 'https://r.example/a', title: 'Saved again' }));
    await expect(repo.undoRemove(undoToken)).rejects.toMatchObject({ code: 'constraint' });
    expect((await repo.list({ sort: 'savedAt', order: 'desc', limit: 5 })).items).toEqual([again.article]);
  });

  test('deleting everything empties the list and the search index', async () => {
    const { repo } = freshRepo();
    await repo.saveClip(clip({ url: 'https://r.example/a', text: 'unique words here' }));
    await repo.list({ query: 'unique', sort: 'relevance', order: 'desc', limit: 5 });
    expect(await repo.deleteAll()).toBe(1);
    expect((await repo.stats()).total).toBe(0);
    expect((await repo.list({ query: 'unique', sort: 'relevance', order: 'desc', limit: 5 })).total).toBe(0);
  });
});
