/**
 * Sync between two profiles of the built extension, A and B, through a real CouchDB-compatible
 * server (test/support/couch-server.ts, basic authentication on) behind a relay that the
 * scenarios take off the network and bring back. Each profile is set up, and every run
 * started, from its options page's Sync section, by label and button as a reader would; the
 * edits go through the protocol as the popup and the reader send them. The scenarios run in
 * order, each from where the one before left both lists.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportItem } from '../../src/core/formats/types';
import type { ArticleMeta } from '../../src/core/article';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { BROWSER, launchBrowser } from './driver/launch';
import { UNSUPPORTED, type Session, type Tab } from './driver/session';
import { popupOn, tagsFocused } from './popup';
import { article, send } from './probe';
import { startFixtureServer, type FixtureServer } from './server';
import { BROWSER_TITLE } from './suite';
import { startRelay, type Relay } from './sync-proxy';

const ACCOUNT = { username: 'reader', password: 'correct horse battery' };
const DATABASE = 'quire-e2e';
const UNREACHABLE = 'Quire could not reach the server. Check the address, your connection, and that the server is running.';

interface Device {
  name: string;
  session: Session;
  options: Tab;
}

let couch: CouchServer;
let relay: Relay;
let fixtures: FixtureServer;
let bigPages: FixtureServer;
let bigDir: string;
let a: Device;
let b: Device;

async function device(name: string): Promise<Device> {
  const session = await launchBrowser(BROWSER);
  const options = await session.openExtensionPage('options/index.html');
  await options.hasButton('Test connection', '.sync');
  return { name, session, options };
}

/** A page of about 300 KB of text, for the body that must sync whole. */
async function writeBigPage(dir: string): Promise<void> {
  const paragraph = (i: number) => `<p>Paragraph ${i} of the long report on the harbour: ${'the tide came in over the new sea wall and went out again. '.repeat(8)}</p>`;
  const body = Array.from({ length: 640 }, (_, i) => paragraph(i)).join('\n');
  await writeFile(path.join(dir, 'long-report.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long harbour report</title></head><body><article><h1>The long harbour report</h1>${body}</article></body></html>`);
}

beforeAll(async () => {
  bigDir = await mkdtemp(path.join(os.tmpdir(), 'quire-sync-pages-'));
  await writeBigPage(bigDir);
  [couch, fixtures, bigPages] = await Promise.all([startCouchServer(ACCOUNT), startFixtureServer(), startFixtureServer(bigDir)]);
  relay = await startRelay(couch.url);
  // One after the other: two browsers starting at once on a loaded machine time out.
  a = await device('A');
  b = await device('B');
}, 180_000);

afterAll(async () => {
  const hits = [...(a?.session.tripwireHits ?? []), ...(b?.session.tripwireHits ?? [])];
  await Promise.all([a?.session.close(), b?.session.close(), relay?.close(), fixtures?.close(), bigPages?.close()]);
  await couch?.stop();
  await rm(bigDir, { recursive: true, force: true });
  expect(hits, 'requests that reached the tripwire proxy instead of the network').toEqual([]);
});

/** Types into the field whose label reads `label`, as a user would. */
async function fill(page: Tab, label: string, text: string): Promise<void> {
  const id = await page.evaluate((name) => [...document.querySelectorAll('.sync label')].find((l) => l.textContent?.trim() === name)?.getAttribute('for') ?? null, label);
  if (!id) throw new Error(`No field labelled "${label}" in the Sync section`);
  await page.fill(`#${id}`, text);
}

async function fillServer(page: Tab, password = ACCOUNT.password): Promise<void> {
  await fill(page, 'Server address', relay.url);
  await fill(page, 'Database', DATABASE);
  await fill(page, 'Username', ACCOUNT.username);
  await fill(page, 'Password', password);
}

/**
 * Clicks a button of the Sync section and returns what its live region then says: the first
 * message it shows after the click, once the section is no longer busy.
 */
async function act(page: Tab, button: string): Promise<string> {
  await page.evaluate(() => {
    const region = document.querySelector('#sync-result')!;
    const said: string[] = [];
    (window as { syncSaid?: string[] }).syncSaid = said;
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await page.button(button, '.sync');
  try {
    await page.waitUntil(() => {
      const said = (window as { syncSaid?: string[] }).syncSaid ?? [];
      return said.some((text) => text !== '') && document.querySelector('.sync')?.getAttribute('aria-busy') === 'false';
    });
  } catch (error) {
    const state = await page.evaluate(() => ({ said: (window as { syncSaid?: string[] }).syncSaid, busy: document.querySelector('.sync')?.getAttribute('aria-busy'), section: document.querySelector('.sync')?.textContent }));
    throw new Error(`"${button}" got no answer: ${JSON.stringify(state)}`, { cause: error });
  }
  return page.evaluate(() => (window as { syncSaid?: string[] }).syncSaid!.find((text) => text !== '')!);
}

const syncNow = async (device: Device) => expect(await act(device.options, 'Sync now'), `Sync now on ${device.name}`).toBe('Synced.');
/** `from` sends its changes, then `to` takes them. */
async function carry(from: Device, to: Device): Promise<void> {
  await syncNow(from);
  await syncNow(to);
}

const byUrl = (device: Device, url: string) => send(device.session, { type: 'articles.byUrl', url });
const must = async (device: Device, url: string): Promise<ArticleMeta> => {
  const meta = await byUrl(device, url);
  if (!meta) throw new Error(`${url} is not in ${device.name}'s list`);
  return meta;
};
const total = async (device: Device) => (await send(device.session, { type: 'stats' })).total;
const shown = (device: Device, field: string) => device.options.text(`.sync [data-sync="${field}"]`);

/** Saves a page through the popup, as the toolbar button does. */
async function clip(device: Device, url: string): Promise<void> {
  const { popup, close } = await popupOn(device.session, url);
  await tagsFocused(popup);
  await popup.button('Save');
  await popup.waitForText(/Saved on /);
  await close();
}

const ARTICLE = () => fixtures.url('pages/article.html?sync=1');

describe(`sync between two profiles in ${BROWSER_TITLE}`, () => {
  test('a wrong password and a server that is down each say so when testing the connection', async () => {
    await fillServer(a.options, 'not the password');
    expect(await act(a.options, 'Test connection')).toBe('The server refused this username and password.');
    await relay.down();
    expect(await act(a.options, 'Test connection')).toBe(UNREACHABLE);
    await relay.up();
  });

  test('a missing database is offered for creation, and turning sync on keeps the password out of the page', async () => {
    await fill(a.options, 'Password', ACCOUNT.password);
    expect(await act(a.options, 'Test connection')).toBe('The server has no database by this name.');
    expect(await act(a.options, `Create the database “${DATABASE}”`)).toBe(`Created the database “${DATABASE}”. You can turn on sync.`);
    expect(await act(a.options, 'Turn on sync')).toBe('Sync is on.');
    expect(await shown(a, 'server')).toBe(relay.url);
    expect(await shown(a, 'database')).toBe(DATABASE);
    expect(await a.options.count('input[type="password"]')).toBe(0);
    const inPage = (secret: string) =>
      (document.body.textContent ?? '').includes(secret) || [...document.querySelectorAll('input')].some((input) => input.value.includes(secret) || input.defaultValue.includes(secret));
    expect(await a.options.evaluate(inPage, ACCOUNT.password)).toBe(false);

    await fillServer(b.options);
    expect(await act(b.options, 'Test connection')).toMatch(/^Connected( to CouchDB [\d.]+)?\. The database is ready\.$/);
    expect(await act(b.options, 'Turn on sync')).toBe('Sync is on.');
  });

  test('an article saved on A appears on B with its body', async () => {
    await clip(a, ARTICLE());
    await carry(a, b);
    const [onA, onB] = [await article(a.session, ARTICLE()), await article(b.session, ARTICLE())];
    expect(onB).toMatchObject({ title: 'Eastmere finishes its new sea wall', url: onA.url, savedAt: onA.savedAt, html: onA.html, text: onA.text });
    expect(onB.text.length).toBeGreaterThan(0);
    expect(await shown(b, 'counts')).toMatch(/^\d+ sent, 1 received, 0 removed$/);
    expect(await shown(b, 'last-sync')).not.toBe('Not yet');
  });

  test('tags, archive, reading progress and removals travel both ways', async () => {
    const onA = await must(a, ARTICLE());
    await send(a.session, { type: 'articles.setTags', id: onA.id, tags: ['harbour', 'news'] });
    await carry(a, b);
    const onB = await must(b, ARTICLE());
    expect(onB.tags).toEqual(['harbour', 'news']);

    await send(b.session, { type: 'articles.setStatus', id: onB.id, status: 'archived' });
    await send(b.session, { type: 'articles.setProgress', id: onB.id, progress: 0.6 });
    await carry(b, a);
    expect(await must(a, ARTICLE())).toMatchObject({ status: 'archived', progress: 0.6, tags: ['harbour', 'news'] });

    const second = fixtures.url('pages/no-article.html?sync=second');
    const third = fixtures.url('pages/no-article.html?sync=third');
    await send(b.session, { type: 'link.save', url: second, tags: [] });
    await send(a.session, { type: 'link.save', url: third, tags: [] });
    await carry(b, a);
    await syncNow(b);
    expect(await byUrl(a, second)).not.toBeNull();
    expect(await byUrl(b, third)).not.toBeNull();

    await send(a.session, { type: 'articles.remove', ids: [(await must(a, second)).id] });
    await send(b.session, { type: 'articles.remove', ids: [(await must(b, third)).id] });
    await carry(a, b);
    await syncNow(a);
    for (const device of [a, b]) {
      expect(await byUrl(device, second), `the second article on ${device.name}`).toBeNull();
      expect(await byUrl(device, third), `the third article on ${device.name}`).toBeNull();
      expect(await total(device)).toBe(1);
    }
  });

  test('edits made on both while the server is down merge field by field once it is back', async () => {
    await relay.down();
    const [onA, onB] = [await must(a, ARTICLE()), await must(b, ARTICLE())];
    await send(a.session, { type: 'articles.setTags', id: onA.id, tags: ['harbour', 'news', 'offline-a'] });
    await send(a.session, { type: 'articles.setProgress', id: onA.id, progress: 0.8 });
    await send(b.session, { type: 'articles.setTags', id: onB.id, tags: ['harbour', 'offline-b'] });
    await send(b.session, { type: 'articles.setStatus', id: onB.id, status: 'unread' });
    await send(b.session, { type: 'articles.setFavorite', id: onB.id, favorite: true });
    for (const device of [a, b]) {
      expect(await act(device.options, 'Sync now')).toBe(`The sync failed: ${UNREACHABLE}`);
      expect(await shown(device, 'error')).toBe(`The last sync failed: ${UNREACHABLE}`);
    }

    await relay.up();
    await carry(a, b);
    await syncNow(a);
    for (const device of [a, b]) {
      const merged = await must(device, ARTICLE());
      expect(merged, `the article on ${device.name}`).toMatchObject({ status: 'unread', favorite: true, progress: 0.8 });
      expect([...merged.tags].sort(), `its tags on ${device.name}`).toEqual(['harbour', 'offline-a', 'offline-b']);
      expect(await device.options.count('.sync [data-sync="error"]')).toBe(0);
    }
  });

  test('a body of 300 KB syncs whole', async () => {
    const url = bigPages.url('long-report.html');
    await clip(a, url);
    const onA = await article(a.session, url);
    expect(onA.text.length).toBeGreaterThan(300_000);
    await carry(a, b);
    const onB = await article(b.session, url);
    expect(onB.text).toBe(onA.text);
    expect(onB.html).toBe(onA.html);
  });

  /** Twelve links saved on A and synced to B, then removed on A and sent: B's next pull would remove 12 of its 14. */
  async function removeTwelveOnA(batch: string): Promise<void> {
    const items: ImportItem[] = Array.from({ length: 12 }, (_, i) => ({
      line: i + 1,
      url: fixtures.url(`pages/no-article.html?${batch}=${i}`),
      title: `${batch} ${i}`,
      tags: [],
      status: 'unread',
      favorite: false,
      savedAt: Date.UTC(2026, 0, 1) + i,
      kind: 'link',
    }));
    await send(a.session, { type: 'import.apply', items });
    await carry(a, b);
    expect(await total(b)).toBe(14);
    const ids = await Promise.all(items.map(async (item) => (await must(a, item.url)).id));
    await send(a.session, { type: 'articles.remove', ids });
    await syncNow(a);
    expect(await act(b.options, 'Sync now')).toBe('Sync is waiting for your answer below.');
    expect(await b.options.text('#sync-removal-text')).toBe('This sync would remove 12 of your 14 articles.');
    expect(await total(b)).toBe(14);
  }

  test('a pull that would remove more than a fifth of the list asks first, and Remove them applies it', async () => {
    await removeTwelveOnA('removed');
    expect(await act(b.options, 'Remove them')).toBe('Removed them, as the other device did.');
    expect(await total(b)).toBe(2);
    expect(await b.options.count('#sync-removal-text')).toBe(0);
  });

  test('Keep them keeps the articles and sends them back, so the other device has them again', async () => {
    await removeTwelveOnA('kept');
    expect(await act(b.options, 'Keep them')).toBe('Kept them. The next sync sends them back to the server.');
    expect(await total(b)).toBe(14);
    await carry(b, a);
    expect(await total(a)).toBe(14);
    expect(await b.options.count('#sync-removal-text')).toBe(0);
  });

  test.skipIf(UNSUPPORTED[BROWSER].stopBackground)(
    `a sync cut off by stopping the service worker resumes to the same list on both${UNSUPPORTED[BROWSER].stopBackground ? ` (skipped: ${UNSUPPORTED[BROWSER].stopBackground})` : ''}`,
    async () => {
      const items: ImportItem[] = Array.from({ length: 1500 }, (_, i) => ({
        line: i + 1,
        url: fixtures.url(`pages/no-article.html?bulk=${i}`),
        title: `Bulk ${i}`,
        tags: [`batch-${i % 7}`],
        status: i % 3 ? 'unread' : 'archived',
        favorite: i % 5 === 0,
        savedAt: Date.UTC(2026, 1, 1) + i,
        kind: 'link',
      }));
      await send(a.session, { type: 'import.apply', items });
      // The reader watches the options page: a page in front connects again to hear the new worker.
      await a.options.bringToFront();
      await a.options.button('Sync now', '.sync');
      await a.options.waitFor('.sync [data-sync="running"]');
      await a.session.stopBackground();
      // The page's request died with the worker, unanswered; the page hears the new worker's status.
      await a.options.waitUntil(() => !document.querySelector('.sync [data-sync="running"]') && document.querySelector('.sync')?.getAttribute('aria-busy') === 'false');
      expect(await a.options.text('#sync-result')).toBe("Sync could not do that: Quire's background did not answer. Reload the page and try again.");

      await carry(a, b);
      await syncNow(a);
      expect(await total(a)).toBe(1514);
      expect(await total(b)).toBe(1514);
      for (const i of [0, 749, 1499]) {
        const [onA, onB] = [await must(a, items[i]!.url), await must(b, items[i]!.url)];
        expect(onB).toMatchObject({ title: onA.title, tags: onA.tags, status: onA.status, favorite: onA.favorite });
      }
      expect(await act(a.options, 'Sync now')).toBe('Synced.');
      expect(await shown(a, 'counts')).toBe('0 sent, 0 received, 0 removed');
    },
    180_000,
  );

  test('turning sync off keeps the list and shows the form again without the password', async () => {
    const kept = await total(b);
    expect(await act(b.options, 'Turn off sync')).toBe('Sync is off. Your articles stay in this browser.');
    expect(await total(b)).toBe(kept);
    expect(await b.options.value('#sync-url')).toBe(relay.url);
    expect(await b.options.value('#sync-password')).toBe('');
  });
});
