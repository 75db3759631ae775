import { afterEach, describe, expect, test } from 'vitest';
import { MAX_SYNCED_BODY_BYTES, articleDocId } from '../../../src/core/sync';
import { urlKey } from '../../../src/core/url';
import { authHeader, databaseUrl } from '../../../src/background/sync/remote';
import type { Repository } from '../../../src/storage';
import { VALVE_MIN } from '../../../src/background/sync/engine';
import { clip } from '../storage/helpers';
import { titles } from './replicas';
import { deviceOn, pairOnServer, type Device, type Pair } from './engine-devices';

const story = 'https://news.example.com/story';
let pair: Pair | null = null;

async function started(): Promise<Pair> {
  pair = await pairOnServer();
  await pair.a.sync.enable(pair.config);
  await pair.b.sync.enable(pair.config);
  return pair;
}

afterEach(async () => {
  await pair?.server.stop();
  pair = null;
});

/** A on, then B: what A changed is on B. */
async function through(from: Device, to: Device) {
  await from.sync.now();
  return to.sync.now();
}

const idOn = async (repo: Repository, url = story) => (await repo.getByUrl(url))!.id;

async function saveMany(repo: Repository, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await repo.saveClip(clip({ url: `https://news.example.com/${i}`, title: `Story ${i}` }));
}

describe('syncing two devices through a CouchDB server', () => {
  test('an article saved on one device appears on the other, with its body', async () => {
    const { a, b } = await started();
    await a.repo.saveClip(clip());
    expect(await a.sync.now()).toMatchObject({ on: true, running: false, error: null, lastCounts: { sent: 1, received: 0, removed: 0 } });
    expect((await b.sync.now()).lastCounts).toEqual({ sent: 0, received: 1, removed: 0 });
    const there = (await b.repo.getByUrl(story))!;
    expect(there.title).toBe('A story');
    expect((await b.repo.get(there.id))!.text).toBe('Body text of the story.');
  });

  test('tags, archiving and reading progress set on either device reach the other', async () => {
    const { a, b } = await started();
    await a.repo.saveClip(clip());
    await through(a, b);
    await a.repo.setTags(await idOn(a.repo), ['news', 'later']);
    await b.repo.setStatus(await idOn(b.repo), 'archived');
    await through(a, b);
    await through(b, a);
    await b.repo.setProgress(await idOn(b.repo), 0.6);
    await through(b, a);
    for (const repo of [a.repo, b.repo]) {
      const article = (await repo.getByUrl(story))!;
      expect([[...article.tags].sort(), article.status, article.progress]).toEqual([['later', 'news'], 'archived', 0.6]);
    }
  });

  test('an article removed on either device goes from the other', async () => {
    const { a, b } = await started();
    await a.repo.saveClip(clip());
    await a.repo.saveClip(clip({ url: 'https://news.example.com/other', title: 'Other' }));
    await through(a, b);
    await b.repo.remove([await idOn(b.repo)]);
    expect((await through(b, a)).lastCounts).toMatchObject({ removed: 1 });
    expect(await titles(a.repo)).toEqual(['Other']);
    await a.repo.remove([await idOn(a.repo, 'https://news.example.com/other')]);
    await through(a, b);
    expect(await titles(b.repo)).toEqual([]);
  });

  test('changes made on both devices while apart are merged, none lost, and the server keeps no conflict', async () => {
    const { a, b, config } = await started();
    await a.repo.saveClip(clip());
    await through(a, b);
    await a.repo.setTags(await idOn(a.repo), ['politics']);
    await a.repo.saveClip(clip({ url: 'https://news.example.com/from-a', title: 'From A' }));
    await b.repo.setStatus(await idOn(b.repo), 'archived');
    await b.repo.setTags(await idOn(b.repo), ['economy']);
    await b.repo.saveClip(clip({ url: 'https://news.example.com/from-b', title: 'From B' }));
    await a.sync.now();
    await b.sync.now();
    await a.sync.now();
    for (const repo of [a.repo, b.repo]) {
      expect((await titles(repo)).sort()).toEqual(['A story', 'From A', 'From B']);
      const article = (await repo.getByUrl(story))!;
      expect([[...article.tags].sort(), article.status]).toEqual([['economy', 'politics'], 'archived']);
    }
    const response = await fetch(`${databaseUrl(config)}/${encodeURIComponent(articleDocId(urlKey(story)))}?conflicts=true`, { headers: { Authorization: authHeader(config) } });
    const onServer = (await response.json()) as { _conflicts?: string[]; fields: { status: string } };
    expect([onServer._conflicts, onServer.fields.status]).toEqual([undefined, 'archived']);
  });

  test('a run cut off between its steps leaves both sides consistent, and the next run finishes the work', async () => {
    const { a, b, config } = await started();
    await saveMany(a.repo, 5);
    // A's run stops after its documents are in the replica, before the outbox is cleared.
    const cutA = deviceOn(cutAfter(a.repo, 'acknowledge', 1));
    expect((await cutA.sync.enable(config)).error).toMatchObject({ code: 'error' });
    expect((await cutA.sync.now()).error).toBeNull();
    // B's run stops after its first batch of articles is applied, before the checkpoint moves.
    const cutB = deviceOn(cutAfter(b.repo, 'applyIncoming', 1));
    expect((await cutB.sync.enable(config)).error).toMatchObject({ code: 'error' });
    expect((await cutB.sync.now()).error).toBeNull();
    expect((await titles(b.repo)).sort()).toEqual(['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4']);
    expect((await a.repo.sync.outgoing(100)).docs).toEqual([]);
    expect((await b.repo.sync.outgoing(100)).docs).toEqual([]);
  });

  test(`a pull that would remove more than a fifth of the list waits for the reader; refused, the articles stay on both`, async () => {
    const { a, b } = await started();
    await saveMany(a.repo, VALVE_MIN + 2);
    await through(a, b);
    const ids = (await a.repo.list({ sort: 'savedAt', order: 'asc', limit: 100 })).items.map((item) => item.id);
    await a.repo.remove(ids);
    await a.sync.now();
    const held = await b.sync.now();
    expect(held.pendingRemoval).toEqual({ count: VALVE_MIN + 2, listSize: VALVE_MIN + 2 });
    expect(await titles(b.repo)).toHaveLength(VALVE_MIN + 2);
    const refused = await b.sync.confirmRemoval(false);
    expect(refused).toMatchObject({ pendingRemoval: null, error: null });
    expect(await titles(b.repo)).toHaveLength(VALVE_MIN + 2);
    await a.sync.now();
    expect(await titles(a.repo)).toHaveLength(VALVE_MIN + 2);
  });

  test('a mass removal the reader accepts is applied', async () => {
    const { a, b } = await started();
    await saveMany(a.repo, VALVE_MIN + 2);
    await through(a, b);
    await a.repo.remove((await a.repo.list({ sort: 'savedAt', order: 'asc', limit: 100 })).items.map((item) => item.id));
    await a.sync.now();
    expect((await b.sync.now()).pendingRemoval).not.toBeNull();
    expect(await b.sync.confirmRemoval(true)).toMatchObject({ pendingRemoval: null, lastCounts: { removed: VALVE_MIN + 2 } });
    expect(await titles(b.repo)).toEqual([]);
  });

  test('a body of 300 KB syncs; one over the cap leaves the article synced without it, and the run ends', async () => {
    const { a, b } = await started();
    const big = 'Long paragraph of the story. '.repeat(10_000);
    await a.repo.saveClip(clip({ html: `<p>${big}</p>`, text: big }));
    const huge = 'x'.repeat(MAX_SYNCED_BODY_BYTES);
    await a.repo.saveClip(clip({ url: 'https://news.example.com/huge', title: 'Huge', html: `<p>${huge}</p>`, text: huge }));
    await through(a, b);
    expect((await b.repo.get(await idOn(b.repo)))!.text).toBe(big);
    const hugeOnB = (await b.repo.getByUrl('https://news.example.com/huge'))!;
    expect(hugeOnB.title).toBe('Huge');
    expect((await b.repo.get(hugeOnB.id))!.text).toBeFalsy();
  });

  test('body HTML from the server is sanitized before it is stored', async () => {
    const { a, b } = await started();
    await a.repo.saveClip(clip({ html: '<p>Fine<img src="https://a.example/x.jpg" onerror="steal()"></p><script>steal()</script>' }));
    await through(a, b);
    expect((await b.repo.get(await idOn(b.repo)))!.html).toBe('<p>Fine<img src="https://a.example/x.jpg"></p>');
  });
});

describe('sync failures', () => {
  test('a wrong password is "unauthorized", and clipping goes on', async () => {
    pair = await pairOnServer();
    const { a, config } = pair;
    await a.sync.enable({ ...config, password: 'wrong' });
    await a.repo.saveClip(clip());
    expect((await a.sync.now()).error).toMatchObject({ code: 'unauthorized' });
    expect(await titles(a.repo)).toEqual(['A story']);
    expect(await a.sync.test({ ...config, password: 'wrong' })).toMatchObject({ ok: false, code: 'unauthorized' });
  });

  test('a database that is not there is "missing-database"', async () => {
    pair = await pairOnServer();
    const { a, config } = pair;
    expect(await a.sync.test({ ...config, database: 'nothere' })).toMatchObject({ ok: false, code: 'missing-database' });
    await a.sync.enable({ ...config, database: 'nothere' });
    expect((await a.sync.now()).error).toMatchObject({ code: 'missing-database' });
  });

  test('a server that is down is "unreachable"', async () => {
    pair = await pairOnServer();
    const { a, config, server } = pair;
    expect(await a.sync.test(config)).toEqual({ ok: true, couchVersion: expect.any(String) });
    await a.sync.enable(config);
    await server.stop();
    await a.repo.saveClip(clip());
    expect((await a.sync.now()).error).toMatchObject({ code: 'unreachable' });
    expect(await a.sync.test(config)).toMatchObject({ ok: false, code: 'unreachable' });
  });

  test('a server that is not CouchDB is "not-couchdb"', async () => {
    pair = await pairOnServer();
    const { a, config } = pair;
    expect(await a.sync.test({ ...config, url: `${config.url}/quire` })).toMatchObject({ ok: false, code: 'not-couchdb' });
  });

  test('the status never holds the password', async () => {
    const { a, config } = await started();
    expect(JSON.stringify(await a.sync.status())).not.toContain(config.password);
    expect((await a.sync.status()).server).toEqual({ url: config.url, database: 'quire', username: config.username });
  });

  test('a listener hears the status at once, then the run start and end', async () => {
    const { a } = await started();
    const heard: boolean[] = [];
    const stop = a.sync.listen((status) => heard.push(status.running));
    await a.repo.saveClip(clip());
    const ended = await a.sync.now();
    stop();
    expect(heard).toEqual([false, true, false]);
    expect(ended.lastCounts).toEqual({ sent: 1, received: 0, removed: 0 });
  });

  test('turning sync off keeps the list and forgets the server', async () => {
    const { a } = await started();
    await a.repo.saveClip(clip());
    await a.sync.now();
    expect(await a.sync.disable()).toMatchObject({ on: false, server: null, lastSync: null });
    expect(await titles(a.repo)).toEqual(['A story']);
  });
});

/** The repository, with `method` failing at its `nth` call, as a worker stopped there would leave it. */
function cutAfter(repo: Repository, method: 'acknowledge' | 'applyIncoming', nth: number): Repository {
  let calls = 0;
  const sync = { ...repo.sync };
  const real = sync[method] as (...args: unknown[]) => Promise<unknown>;
  (sync as Record<string, unknown>)[method] = (...args: unknown[]) => {
    calls++;
    return calls === nth ? Promise.reject(new Error('worker stopped')) : real(...args);
  };
  return { ...repo, sync };
}
