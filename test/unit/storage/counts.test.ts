import { describe, expect, test } from 'vitest';
import type { Repository } from '../../../src/storage';
import { clip, freshRepo } from './helpers';

/** The counts as a recount of every article would give them. */
async function recount(repo: Repository) {
  const all = await repo.exportAll();
  const tags = new Map<string, number>();
  for (const article of all) for (const tag of article.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  return {
    total: all.length,
    unread: all.filter((a) => a.status === 'unread').length,
    archived: all.filter((a) => a.status === 'archived').length,
    favorites: all.filter((a) => a.favorite).length,
    tags: [...tags].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
  };
}

describe('the counts shown for the list', () => {
  test('stay equal to a recount through every kind of change', async () => {
    const { repo } = freshRepo();
    const check = async () => expect(await repo.stats()).toMatchObject(await recount(repo));
    const a = await repo.saveClip({ ...clip({ url: 'https://c.example/a' }), tags: ['x', 'y'] });
    const b = await repo.saveClip({ ...clip({ url: 'https://c.example/b' }), tags: ['y'] });
    await repo.saveClip({ ...clip({ url: 'https://c.example/a' }), tags: ['z'] });
    await check();
    await repo.setStatus(a.article.id, 'archived');
    await repo.setFavorite(b.article.id, true);
    await repo.setTags(b.article.id, ['x']);
    await check();
    await repo.mergeTags(['x', 'y'], 'z');
    await check();
    const removed = await repo.remove([a.article.id]);
    await check();
    await repo.undoRemove(removed.undoToken);
    await check();
    await repo.applyImport([
      { line: 1, url: 'https://c.example/b', title: 'B', tags: ['w'], status: 'archived', favorite: false, savedAt: 1, kind: 'link' },
      { line: 2, url: 'https://c.example/c', title: 'C', tags: ['w'], status: 'archived', favorite: true, savedAt: 2, kind: 'link' },
    ]);
    await check();
    expect((await repo.stats()).total).toBe(3);
    await repo.deleteAll();
    expect(await repo.stats()).toMatchObject({ total: 0, unread: 0, archived: 0, favorites: 0, tags: [] });
  });
});
