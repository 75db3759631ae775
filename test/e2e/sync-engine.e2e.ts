import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SyncServer } from '../../src/protocol';
import { urlKey } from '../../src/core/url';
import { articleDocId } from '../../src/core/sync';
import { authHeader, databaseUrl } from '../../src/background/sync/remote';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { CREDENTIALS, deviceOn } from '../unit/sync/engine-devices';
import { freshRepo, clip } from '../unit/storage/helpers';
import { article, send } from './probe';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();
let couch: CouchServer;
let config: SyncServer;

beforeAll(async () => {
  couch = await startCouchServer(CREDENTIALS);
  config = { url: couch.url, database: 'quire', ...CREDENTIALS };
});
afterAll(() => couch?.stop());

async function onServer(id: string): Promise<Record<string, unknown> | null> {
  const response = await fetch(`${databaseUrl(config)}/${encodeURIComponent(id)}`, { headers: { Authorization: authHeader(config) } });
  return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
}

describe(`the sync engine in ${BROWSER_TITLE}`, () => {
  test('the background creates the database, turns sync on and sends a saved link to the server', async () => {
    expect(await send(suite.session, { type: 'sync.createDatabase', server: config })).toEqual({ ok: true, couchVersion: expect.any(String) });
    expect(await send(suite.session, { type: 'sync.enable', server: config })).toMatchObject({ on: true, running: false, error: null });
    await send(suite.session, { type: 'link.save', url: 'https://news.example.com/from-browser', title: 'From the browser', tags: ['news'] });
    const status = await send(suite.session, { type: 'sync.now' });
    expect(status).toMatchObject({ error: null, lastCounts: { sent: 1 } });
    expect(await onServer(articleDocId(urlKey('https://news.example.com/from-browser')))).toMatchObject({ type: 'article', fields: { title: 'From the browser' } });
  });

  test('an article another device sent arrives in the list with its body sanitized', async () => {
    const other = deviceOn(freshRepo().repo);
    await other.sync.enable(config);
    await other.repo.saveClip(clip({ url: 'https://news.example.com/elsewhere', title: 'From elsewhere', html: '<p>Kept<img src="https://a.example/x.jpg" onerror="steal()"></p><script>steal()</script>' }));
    expect((await other.sync.now()).error).toBeNull();
    // The run a moment after the last save may be the one that pulls it; sync.now answers after it either way.
    expect(await send(suite.session, { type: 'sync.now' })).toMatchObject({ error: null });
    const there = await article(suite.session, 'https://news.example.com/elsewhere');
    expect([there.title, there.html]).toEqual(['From elsewhere', '<p>Kept<img src="https://a.example/x.jpg"></p>']);
  });

  test('a wrong password shows as unauthorized and saving still works', async () => {
    expect(await send(suite.session, { type: 'sync.test', server: { ...config, password: 'wrong' } })).toMatchObject({ ok: false, code: 'unauthorized' });
    await send(suite.session, { type: 'sync.enable', server: { ...config, password: 'wrong' } });
    expect((await send(suite.session, { type: 'sync.now' })).error).toMatchObject({ code: 'unauthorized' });
    expect((await send(suite.session, { type: 'link.save', url: 'https://news.example.com/still', tags: [] })).article.url).toBe('https://news.example.com/still');
    expect(await send(suite.session, { type: 'sync.disable' })).toMatchObject({ on: false, server: null });
  });
});
