import { describe, expect, test } from 'vitest';
import { clip, freshRepo } from './helpers';

async function seedTagged() {
  const { repo } = freshRepo();
  const a = await repo.saveClip({ ...clip({ url: 'https://t.example/a' }), tags: ['js', 'web'] });
  const b = await repo.saveClip({ ...clip({ url: 'https://t.example/b' }), tags: ['javascript'] });
  const c = await repo.saveClip({ ...clip({ url: 'https://t.example/c' }), tags: ['web'] });
  return { repo, ids: [a.article.id, b.article.id, c.article.id] as const };
}

describe('tags', () => {
  test('each tag is counted, most used first', async () => {
    const { repo } = await seedTagged();
    expect(await repo.allTags()).toEqual([
      { tag: 'web', count: 2 },
      { tag: 'javascript', count: 1 },
      { tag: 'js', count: 1 },
    ]);
  });

  test('setting tags normalizes them and replaces the old ones', async () => {
    const { repo, ids } = await seedTagged();
    const updated = await repo.setTags(ids[2], ['  Long   Reads ', 'long reads', '']);
    expect(updated.tags).toEqual(['long reads']);
    expect((await repo.list({ tag: 'web', sort: 'savedAt', order: 'desc', limit: 10 })).total).toBe(1);
  });

  test('merging tags moves every article to the target tag, without duplicates', async () => {
    const { repo, ids } = await seedTagged();
    await repo.setTags(ids[0], ['js', 'javascript', 'web']);
    expect(await repo.mergeTags(['js', 'JavaScript'], 'JavaScript')).toBe(1);
    const changed = await repo.mergeTags(['js', 'ecmascript'], 'javascript');
    expect(changed).toBe(0);
    expect((await repo.get(ids[0]))?.tags).toEqual(['javascript', 'web']);
    expect(await repo.allTags()).toEqual([
      { tag: 'javascript', count: 2 },
      { tag: 'web', count: 2 },
    ]);
  });

  test('renaming a tag renames it everywhere', async () => {
    const { repo } = await seedTagged();
    expect(await repo.renameTag('web', 'Internet')).toBe(2);
    expect((await repo.allTags()).map((t) => t.tag)).toEqual(['internet', 'javascript', 'js']);
  });

  test('a tag cannot be renamed to nothing', async () => {
    const { repo } = await seedTagged();
    await expect(repo.renameTag('web', ' , ')).rejects.toMatchObject({ code: 'empty-tag', message: 'A tag needs at least one letter or digit.' });
  });
});
