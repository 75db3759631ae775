import { describe, expect, test } from 'vitest';
import { MAX_SYNCED_BODY_BYTES, bodyHash, type ArticleDoc, type BodyDoc } from '../../../src/core/sync';
import { clip } from '../storage/helpers';
import { onBoth, savedOnBoth, send, titles, twoDevices } from './replicas';

const story = 'https://news.example.com/story';

describe('applying what sync pulled', () => {
  test('an article saved on one device appears on the other with its body, searchable, and is not sent back', async () => {
    const { a, b } = twoDevices();
    await b.saveClip(clip());
    const { applied } = await send(b, a);
    expect(applied).toEqual({ created: 1, updated: 0, deleted: 0, undoToken: null, skipped: 0 });
    const here = (await a.getByUrl(story))!;
    expect((await a.get(here.id))!.text).toBe('Body text of the story.');
    expect((await a.list({ query: 'story', sort: 'relevance', order: 'desc', limit: 10 })).items.map((item) => item.id)).toEqual([here.id]);
    expect((await a.sync.outgoing(100)).docs).toEqual([]);
  });

  test('the same documents applied twice leave one article and change nothing the second time', async () => {
    const { a, b } = twoDevices();
    await b.saveClip(clip());
    const out = await b.sync.outgoing(100);
    await a.sync.applyIncoming(out.docs, out.bodies);
    expect(await a.sync.applyIncoming(out.docs, out.bodies)).toEqual({ created: 0, updated: 0, deleted: 0, undoToken: null, skipped: 0 });
    expect(await titles(a)).toEqual(['A story']);
  });

  test("the replica's revision fields are not kept, so they never go out again", async () => {
    const { a, b } = twoDevices();
    await b.saveClip(clip());
    const pulled = (await b.sync.outgoing(100)).docs.map((doc) => ({ ...doc, _rev: '2-abc', _conflicts: ['2-def'] }));
    await a.sync.applyIncoming(pulled, []);
    await a.setProgress((await a.getByUrl(story))!.id, 0.5);
    const sent = (await a.sync.outgoing(100)).docs;
    expect(sent.map((doc) => doc.progress.value)).toEqual([0.5]);
    expect(Object.keys(sent[0]!).sort()).toEqual(['_id', 'body', 'deleted', 'fields', 'progress', 'stamps', 'tags', 'type', 'urlKey']);
  });

  test('documents Quire could not have written are left out and counted, the others applied', async () => {
    const { a, b } = twoDevices();
    await b.saveClip(clip());
    const { docs: [doc], bodies: [body] } = await b.sync.outgoing(100);
    const hostile = [
      { ...doc!, fields: { ...doc!.fields, url: 'javascript:alert(1)' } },
      { ...doc!, fields: { ...doc!.fields, title: 42 } },
      { ...doc!, _id: 'article:elsewhere.example.com' },
      { ...doc!, progress: { ...doc!.progress, value: 7 } },
      { ...doc!, tags: { news: { on: 'yes' } } },
    ] as unknown as ArticleDoc[];
    const applied = await a.sync.applyIncoming([...hostile, doc!], [{ ...body!, html: null } as unknown as BodyDoc, body!]);
    expect(applied).toMatchObject({ created: 1, skipped: 6 });
    expect((await a.getByUrl(story))!.url).toBe(story);
    expect(await a.sync.applyIncoming(hostile, [])).toMatchObject({ created: 0, updated: 0, skipped: 5 });
  });

  test('a first sync of a thousand articles applies in one call, and applying it again changes nothing', async () => {
    const { a, b } = twoDevices();
    const items = Array.from({ length: 1000 }, (_, i) => ({ url: `https://news.example.com/${i}`, title: `Story ${i}`, tags: ['news'], status: 'unread' as const, favorite: false, savedAt: i, kind: 'link' as const, line: i + 1 }));
    await b.applyImport(items);
    const out = await b.sync.outgoing(1000);
    expect(await a.sync.wouldDelete(out.docs)).toBe(0);
    expect(await a.sync.applyIncoming(out.docs, out.bodies)).toMatchObject({ created: 1000 });
    expect(await a.sync.applyIncoming(out.docs, out.bodies)).toMatchObject({ created: 0, updated: 0 });
    expect((await a.stats()).total).toBe(1000);
  }, 60_000);

  test('one page saved on both devices offline stays one article, with the tags of both', async () => {
    const { a, b } = twoDevices();
    await a.saveClip({ ...clip(), tags: ['mine'] });
    await b.saveClip({ ...clip({ url: `${story}?utm_source=x` }), tags: ['theirs'] });
    await send(b, a);
    await send(a, b);
    for (const repo of [a, b]) {
      expect(await titles(repo)).toEqual(['A story']);
      expect((await repo.getByUrl(story))!.tags.sort()).toEqual(['mine', 'theirs']);
    }
  });

  test('a tag removed on one device and another added on the other: both changes kept', async () => {
    const { a, b } = twoDevices();
    const { onA, onB } = await savedOnBoth(a, b, { ...clip(), tags: ['old'] });
    await b.setTags(onB, []);
    await a.setTags(onA, ['old', 'new']);
    await send(b, a);
    await send(a, b);
    expect(await onBoth([a, b], story, (article) => article.tags)).toEqual([['new'], ['new']]);
  });

  test('reading progress keeps the furthest point reached on either device', async () => {
    const { a, b } = twoDevices();
    const { onA, onB } = await savedOnBoth(a, b);
    await a.setProgress(onA, 0.7);
    await b.setProgress(onB, 0.3);
    await send(a, b);
    await send(b, a);
    expect(await onBoth([a, b], story, (article) => article.progress)).toEqual([0.7, 0.7]);
  });

  test('a removal on one device moves the article to the trash on the other, where undo brings it back everywhere', async () => {
    const { a, b } = twoDevices();
    const { article } = await a.saveClip(clip());
    await send(a, b);
    await b.remove([(await b.getByUrl(story))!.id]);
    const removal = await b.sync.outgoing(100);
    expect(await a.sync.wouldDelete(removal.docs)).toBe(1);
    expect(await titles(a)).toEqual(['A story']);
    const applied = await a.sync.applyIncoming(removal.docs, removal.bodies);
    await b.sync.acknowledge(removal.upTo);
    expect(applied).toMatchObject({ deleted: 1, undoToken: expect.any(String) });
    expect(await titles(a)).toEqual([]);
    expect((await a.sync.outgoing(100)).docs).toEqual([]);
    await a.undoRemove(applied.undoToken!);
    expect((await a.get(article.id))!.text).toBe('Body text of the story.');
    await send(a, b);
    expect(await titles(b)).toEqual(['A story']);
  });

  test('undoing a removal pulled by sync keeps the changes the other device synced before removing', async () => {
    const { a, b } = twoDevices();
    const { onB } = await savedOnBoth(a, b);
    await b.setTags(onB, ['kept']);
    await b.sync.acknowledge((await b.sync.outgoing(100)).upTo);
    await b.remove([onB]);
    // This device was offline while the other synced twice: it pulls the tag and the removal at once.
    const { applied } = await send(b, a);
    await a.undoRemove(applied.undoToken!);
    await send(a, b);
    expect(await onBoth([a, b], story, (article) => article.tags)).toEqual([['kept'], ['kept']]);
  });

  test('undoing a removal made here keeps the changes pulled since that the other device made before it', async () => {
    const { a, b } = twoDevices();
    const { onA, onB } = await savedOnBoth(a, b);
    await b.setTags(onB, ['kept']);
    const { undoToken } = await a.remove([onA]);
    await send(b, a);
    expect(await titles(a)).toEqual([]);
    await a.undoRemove(undoToken);
    await send(a, b);
    expect(await onBoth([a, b], story, (article) => article.tags)).toEqual([['kept'], ['kept']]);
  });

  test('a removal on one device does not remove an article read further on the other after it', async () => {
    const { a, b } = twoDevices();
    const { article } = await a.saveClip(clip());
    await send(a, b);
    await b.remove([(await b.getByUrl(story))!.id]);
    await a.setProgress(article.id, 0.5);
    const removal = await b.sync.outgoing(100);
    expect(await a.sync.wouldDelete(removal.docs)).toBe(0);
    expect((await a.sync.applyIncoming(removal.docs, [])).deleted).toBe(0);
    await send(a, b);
    expect(await titles(a)).toEqual(['A story']);
    expect((await b.getByUrl(story))!.progress).toBe(0.5);
  });

  test('a change made here while the pulled documents were on their way is kept, and sent on the next run', async () => {
    const { a, b } = twoDevices();
    const { article } = await a.saveClip(clip());
    await send(a, b);
    await b.setStatus((await b.getByUrl(story))!.id, 'archived');
    const pulled = await b.sync.outgoing(100);
    await a.setFavorite(article.id, true);
    await a.sync.applyIncoming(pulled.docs, pulled.bodies);
    expect(await a.getByUrl(story)).toMatchObject({ status: 'archived', favorite: true });
    expect((await a.sync.outgoing(100)).docs.map((doc) => doc.fields)).toEqual([expect.objectContaining({ status: 'archived', favorite: true })]);
  });

  test('a body already held is not written again; a new one replaces it', async () => {
    const { a, b } = twoDevices();
    await a.saveClip(clip());
    await send(a, b);
    await b.saveClip(clip({ html: '<p>Corrected story.</p>', text: 'Corrected story.' }));
    const { out, applied } = await send(b, a);
    expect(out.bodies.map((body) => body.hash)).toEqual([bodyHash({ html: '<p>Corrected story.</p>', text: 'Corrected story.' })]);
    expect(applied.updated).toBe(1);
    const here = (await a.getByUrl(story))!;
    expect((await a.get(here.id))!.text).toBe('Corrected story.');
    expect(await a.sync.applyIncoming(out.docs, out.bodies)).toMatchObject({ updated: 0 });
  });

  test('a body over the cap stays on its device: the other keeps the body it has and takes the rest', async () => {
    const { a, b } = twoDevices();
    await a.saveClip(clip());
    await send(a, b);
    const big = 'x'.repeat(MAX_SYNCED_BODY_BYTES);
    await b.saveClip(clip({ title: 'A longer story', html: `<p>${big}</p>`, text: big }));
    const { out } = await send(b, a);
    expect(out.bodies).toEqual([]);
    const here = (await a.getByUrl(story))!;
    expect(here.title).toBe('A longer story');
    expect((await a.get(here.id))!.text).toBe('Body text of the story.');
  });

  test('a body pulled after its article, in a later call, is stored then', async () => {
    const { a, b } = twoDevices();
    await b.saveClip(clip());
    const out = await b.sync.outgoing(100);
    await a.sync.applyIncoming(out.docs, []);
    const here = (await a.getByUrl(story))!;
    expect((await a.get(here.id))!.text).toBe('');
    expect(await a.sync.applyIncoming([], out.bodies)).toMatchObject({ updated: 1 });
    expect((await a.get(here.id))!.text).toBe('Body text of the story.');
    expect((await a.sync.outgoing(100)).docs).toEqual([]);
  });
});
