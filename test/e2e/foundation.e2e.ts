import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, ROOT, type ExtensionSession } from './harness';
import { startFixtureServer, type FixtureServer } from './server';
import { PARITY_LINKS, parityScript, type Parity } from './url-parity';

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startFixtureServer()]);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

describe('the extension in Chromium', () => {
  test('its service worker starts and names the extension', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.serviceWorker.url()).toBe(session.extensionUrl('background.js'));
  });

  test('the popup page renders its heading', async () => {
    const page = await session.openExtensionPage('popup/index.html');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Quire');
    await page.close();
  });

  test('the options page renders its heading', async () => {
    const page = await session.openExtensionPage('options/index.html');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Quire');
    await page.close();
  });

  test('the background answers a ping from an extension page', async () => {
    const page = await session.openExtensionPage('options/index.html');
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    expect(reply).toEqual({ ok: true, data: { pong: true, version: '0.1.0' } });
    await page.close();
  });

  test('the background refuses the same ping sent from a web page', async () => {
    const web = await session.context.newPage();
    await web.goto(server.url('pages/plain.html'));
    expect(await web.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).not.toBe('object');
    const ext = await session.openExtensionPage('options/index.html');
    const reply = await ext.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () => chrome.runtime.sendMessage({ type: 'ping' }),
      });
      return result?.result;
    }, server.url('pages/plain.html'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await Promise.all([web.close(), ext.close()]);
  });
});

describe('the shipped builds', () => {
  test.each(['chrome', 'firefox'])('dist/%s asks for no host permission', async (target) => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'dist', target, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(JSON.stringify(manifest.permissions)).not.toMatch(/:\/\/|<all_urls>/);
  });

  test('the test build differs from the shipped Chrome build only by its host permission', async () => {
    const read = async (d: string) => JSON.parse(await readFile(path.join(ROOT, 'dist', d, 'manifest.json'), 'utf8'));
    const [shipped, testBuild] = await Promise.all([read('chrome'), read('chrome-test')]);
    expect(testBuild.host_permissions).toEqual(['http://127.0.0.1/*']);
    delete testBuild.host_permissions;
    expect(testBuild).toEqual(shipped);
  });
});

describe("Chromium's URL parser", () => {
  test('gives a plain link the same canonical URL and key as Quire works out without it', async () => {
    const web = await session.context.newPage();
    await web.goto(server.url('pages/plain.html'));
    const parity = (await web.evaluate(await parityScript())) as Parity;
    expect(parity.mismatches).toEqual([]);
    expect(parity.plain).toBeGreaterThan(PARITY_LINKS.length / 5);
    await web.close();
  });
});
