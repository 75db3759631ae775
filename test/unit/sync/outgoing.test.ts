import { describe, expect, test } from 'vitest';
import { isDeleted } from '../../../src/core/sync';
import { clip, freshRepo } from '../storage/helpers';

describe('what sync sends', () => {
  test('a saved article goes out once with its body, and not again once acknowledged', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip());
    const sent = await repo.sync.outgoing(100);
    expect(sent.docs).toHaveLength(1);
    expect(sent.docs[0]).toMatchObject({ _id: 'article:news.example.com/story', type: 'article', fields: { title: 'A story' } });
    // The outbox row is written in the save's transaction, just after the article (the test clock ticks a second a call).
    expect(sent.docs[0]!.stamps.title.at).toBe(article.updatedAt + 1000);
    expect(sent.bodies).toEqual([expect.objectContaining({ _id: 'body:news.example.com/story', type: 'body', text: 'Body text of the story.', hash: sent.docs[0]!.body!.hash })]);
    await repo.sync.acknowledge(sent.upTo);
    expect(await repo.sync.outgoing(100)).toEqual({ docs: [], bodies: [], upTo: 0 });
  });

  test('every kind of change sends the article again, with only the changed values newly stamped', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip());
    const saved = (await repo.sync.outgoing(100)).docs[0]!;
    await repo.sync.acknowledge((await repo.sync.outgoing(100)).upTo);
    const changes: [() => Promise<unknown>, (doc: typeof saved) => unknown][] = [
      [() => repo.setTags(article.id, ['news']), (doc) => doc.tags.news!.stamp.at],
      [() => repo.setStatus(article.id, 'archived'), (doc) => doc.stamps.status.at],
      [() => repo.setFavorite(article.id, true), (doc) => doc.stamps.favorite.at],
      [() => repo.setProgress(article.id, 0.5), (doc) => doc.progress.stamp.at],
      [() => repo.renameTag('news', 'world'), (doc) => doc.tags.world!.stamp.at],
      [() => repo.applyImport([{ url: article.url, title: 'x', tags: ['imported'], status: 'unread', favorite: false, savedAt: 1, kind: 'link', line: 1 }]), (doc) => doc.tags.imported!.stamp.at],
    ];
    for (const [change, stampOf] of changes) {
      await change();
      const sent = await repo.sync.outgoing(100);
      expect(sent.docs, String(change)).toHaveLength(1);
      expect(sent.bodies).toEqual([]);
      expect(stampOf(sent.docs[0]!)).toBeGreaterThan(saved.stamps.title.at);
      expect(sent.docs[0]!.stamps.title).toEqual(saved.stamps.title);
      await repo.sync.acknowledge(sent.upTo);
    }
    expect((await repo.sync.outgoing(100)).docs).toEqual([]);
  });

  test('a removal goes out as a tombstone and its undo as the article back', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip());
    await repo.sync.acknowledge((await repo.sync.outgoing(100)).upTo);
    const { undoToken } = await repo.remove([article.id]);
    const removal = await repo.sync.outgoing(100);
    expect(removal.docs.map(isDeleted)).toEqual([true]);
    await repo.sync.acknowledge(removal.upTo);
    await repo.undoRemove(undoToken);
    const undo = await repo.sync.outgoing(100);
    expect(undo.docs.map(isDeleted)).toEqual([false]);
    expect(undo.docs[0]!.deleted.stamp.at).toBeGreaterThan(removal.docs[0]!.deleted.stamp.at);
  });

  test('sent but not acknowledged (the worker stopped), the same documents and bodies go out again', async () => {
    const { repo } = freshRepo();
    await repo.saveClip(clip());
    const first = await repo.sync.outgoing(100);
    const again = await repo.sync.outgoing(100);
    expect(again).toEqual(first);
  });

  test('an import of many articles goes out in batches of the limit, each acknowledged in turn', async () => {
    const { repo } = freshRepo();
    const items = Array.from({ length: 250 }, (_, i) => ({ url: `https://news.example.com/${i}`, title: `Story ${i}`, tags: [], status: 'unread' as const, favorite: false, savedAt: i, kind: 'link' as const, line: i + 1 }));
    await repo.applyImport(items);
    await repo.setFavorite((await repo.getByUrl('https://news.example.com/7'))!.id, true);
    const seen = new Set<string>();
    for (let batch = 0; batch < 10; batch++) {
      const sent = await repo.sync.outgoing(100);
      if (sent.docs.length === 0) break;
      expect(sent.docs.length).toBeLessThanOrEqual(100);
      for (const doc of sent.docs) seen.add(doc.urlKey);
      await repo.sync.acknowledge(sent.upTo);
    }
    expect(seen.size).toBe(250);
  });

  test('a change made after the documents were handed out waits for the next run', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip());
    const sent = await repo.sync.outgoing(100);
    await repo.setFavorite(article.id, true);
    await repo.sync.acknowledge(sent.upTo);
    const next = await repo.sync.outgoing(100);
    expect(next.docs.map((doc) => doc.fields.favorite)).toEqual([true]);
  });
});
