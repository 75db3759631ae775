import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../harness';
import { startFixtureServer, type FixtureServer } from '../server';
import { launchFirefox, type FirefoxSession } from './harness';
import { openProbe } from './pages';
import { PARITY_LINKS, parityScript, type Parity } from '../url-parity';

/** Firefox's own promise-based namespace, present in extension pages and content scripts. */
declare const browser: typeof chrome;

let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchFirefox(), startFixtureServer()]);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

describe('the extension in Firefox ESR', () => {
  test('installs under its gecko id and starts its background page', async () => {
    expect(session.extensionId).toBe('quire@quire.example');
    const page = await session.openExtensionPage('options/index.html');
    const background = await page.evaluate(async () => (await browser.runtime.getBackgroundPage())?.location.href);
    expect(background).toMatch(new RegExp(`^${session.origin}/`));
    await page.close();
  });

  test('the popup page renders its heading', async () => {
    const page = await session.openExtensionPage('popup/index.html');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Quire');
    await page.close();
  });

  test('the options page renders its heading', async () => {
    const page = await session.openExtensionPage('options/index.html');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Quire');
    await page.close();
  });

  test('the background answers a ping from an extension page', async () => {
    const page = await session.openExtensionPage('options/index.html');
    const reply = await page.evaluate(() => browser.runtime.sendMessage({ type: 'ping' }));
    expect(reply).toEqual({ ok: true, data: { pong: true, version: '0.1.0' } });
    await page.close();
  });

  test('the background refuses the same ping sent from a web page', async () => {
    const pageUrl = server.url('pages/plain.html');
    const web = await session.openWebPage(pageUrl);
    expect(await web.evaluate(() => typeof (globalThis as { browser?: { runtime?: unknown } }).browser?.runtime)).not.toBe('object');
    const probe = await openProbe(session);
    const reply = await probe.page.evaluate(async (tabId) => {
      const [result] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => browser.runtime.sendMessage({ type: 'ping' }),
      });
      return result?.result;
    }, await probe.tabIdOf(pageUrl));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await Promise.all([web.close(), probe.page.close()]);
  });

  test('a request for any other host reaches the tripwire proxy, not the network', async () => {
    const web = await session.openWebPage(server.url('pages/plain.html'));
    await web.evaluate(() => Promise.allSettled([fetch('http://tripwire-check.invalid/x'), fetch('https://tripwire-check.invalid/y')]));
    await web.close();
    const hits = session.tripwire.hits;
    const caught = hits.filter((hit) => hit.includes('tripwire-check.invalid'));
    expect(caught.sort()).toEqual(['CONNECT tripwire-check.invalid:443', 'GET http://tripwire-check.invalid/x']);
    // Forget the requests this test made on purpose, so the next test sees only leaks.
    hits.splice(0, hits.length, ...hits.filter((hit) => !caught.includes(hit)));
  });

  test('nothing else reached the tripwire proxy', () => {
    expect(session.tripwire.hits).toEqual([]);
  });
});

describe('the Firefox builds', () => {
  test('the test build differs from the shipped Firefox build only by its host permission', async () => {
    const read = async (d: string) => JSON.parse(await readFile(path.join(ROOT, 'dist', d, 'manifest.json'), 'utf8'));
    const [shipped, testBuild] = await Promise.all([read('firefox'), read('firefox-test')]);
    expect(testBuild.host_permissions).toEqual(['http://127.0.0.1/*']);
    delete testBuild.host_permissions;
    expect(testBuild).toEqual(shipped);
  });
});

describe("Firefox's URL parser", () => {
  test('gives a plain link the same canonical URL and key as Quire works out without it', async () => {
    const web = await session.openWebPage(server.url('pages/plain.html'));
    const parity = (await web.evaluate(await parityScript())) as Parity;
    expect(parity.mismatches).toEqual([]);
    expect(parity.plain).toBeGreaterThan(PARITY_LINKS.length / 5);
    await web.close();
  });
});
