import { describe, expect, test } from 'vitest';
import type { ImportItem } from '../../../src/core/formats/types';
import { clip, freshRepo } from './helpers';

function quotaExceeded(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('when storage fails', () => {
  test('a save that runs out of space says so and leaves nothing half-written', async () => {
    const { db, repo } = freshRepo();
    await repo.saveClip(clip({ url: 'https://f.example/kept', text: 'kept words' }));
    db.bodies.hook('creating', quotaExceeded);
    await expect(repo.saveClip(clip({ url: 'https://f.example/new', text: 'lost words' }))).rejects.toMatchObject({
      name: 'StorageError',
      code: 'quota',
      message: expect.stringContaining('not enough storage space'),
    });
    expect(await repo.getByUrl('https://f.example/new')).toBeNull();
    expect(await db.articles.count()).toBe(1);
    expect(await db.searchJournal.count()).toBe(1);
    expect((await repo.list({ query: 'lost', sort: 'relevance', order: 'desc', limit: 5 })).total).toBe(0);
    expect((await repo.list({ query: 'kept', sort: 'relevance', order: 'desc', limit: 5 })).total).toBe(1);
  });

  test('a re-save that fails keeps the previous version whole', async () => {
    const { db, repo } = freshRepo();
    const first = await repo.saveClip(clip({ title: 'Original', text: 'original text' }));
    db.bodies.hook('updating', quotaExceeded);
    await expect(repo.saveClip(clip({ title: 'Changed', text: 'changed text' }))).rejects.toMatchObject({ code: 'quota' });
    expect(await repo.get(first.article.id)).toMatchObject({ title: 'Original', text: 'original text' });
  });

  test('an import that fails part way imports nothing', async () => {
    const { db, repo } = freshRepo();
    const items: ImportItem[] = Array.from({ length: 2500 }, (_, i) => ({
      line: i + 1,
      url: `https://f.example/${i}`,
      title: `Item ${i}`,
      tags: ['imported'],
      status: 'unread',
      favorite: false,
      savedAt: i,
      kind: 'link',
    }));
    let written = 0;
    db.articles.hook('creating', () => {
      if (++written > 2000) quotaExceeded();
    });
    await expect(repo.applyImport(items)).rejects.toMatchObject({ code: 'quota' });
    expect(await db.articles.count()).toBe(0);
    expect(await repo.allTags()).toEqual([]);
  });

  test('a closed database reports itself unavailable', async () => {
    const { db, repo } = freshRepo();
    db.close({ disableAutoOpen: true });
    await expect(repo.stats()).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('could not be opened') });
  });
});
