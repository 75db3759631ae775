import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './paths';
import { reply, tabIdOf } from './probe';
import { BROWSER, BROWSER_TITLE, useSuite } from './suite';
import { PARITY_LINKS, parityScript, type Parity } from './url-parity';

const suite = useSuite();

/** A page's global scope, where an extension API may or may not be. */
type Scope = { chrome?: typeof chrome; browser?: typeof chrome };

describe(`the extension in ${BROWSER_TITLE}`, () => {
  test('its background starts and names the extension', async () => {
    expect(suite.session.extensionId).toMatch(BROWSER === 'firefox' ? /^quire@quire\.example$/ : /^[a-p]{32}$/);
    const script = await suite.session.background((scope) => (scope.location as Location).href);
    // Chromium runs background.js as the service worker; Firefox runs it in a generated background page.
    expect(script).toMatch(new RegExp(`^${suite.session.origin}/`));
    if (BROWSER === 'chromium') expect(script).toBe(suite.session.extensionUrl('background.js'));
  });

  for (const page of ['popup', 'options']) {
    test(`the ${page} page renders its heading`, async () => {
      const tab = await suite.session.openExtensionPage(`${page}/index.html`);
      await tab.waitFor('h1');
      expect(await tab.text('h1')).toContain('Quire');
      await tab.close();
    });
  }

  test('the background answers a ping from an extension page', async () => {
    expect(await reply(suite.session, { type: 'ping' })).toEqual({ ok: true, data: { pong: true, version: '0.1.0' } });
  });

  test('the background refuses the same ping sent from a web page', async () => {
    const pageUrl = suite.server.url('pages/plain.html');
    const web = await suite.session.openPage(pageUrl);
    const runtimes = await web.evaluate(() => [(globalThis as Scope).chrome?.runtime, (globalThis as Scope).browser?.runtime].map((r) => typeof r));
    expect(runtimes).not.toContain('object');
    const answer = await suite.session.extension(async (ext, tabId) => {
      const func = () => ((globalThis as Scope).browser ?? chrome).runtime.sendMessage({ type: 'ping' });
      const [result] = await ext.scripting.executeScript({ target: { tabId }, func });
      return result?.result;
    }, await tabIdOf(suite.session, pageUrl));
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await web.close();
  });

  test('a request for any other host reaches the tripwire proxy, not the network, and nothing else did', async () => {
    const web = await suite.session.openPage(suite.server.url('pages/plain.html'));
    await web.evaluate(() => Promise.allSettled([fetch('http://tripwire-check.invalid/x'), fetch('https://tripwire-check.invalid/y')]));
    await web.close();
    const hits = suite.session.tripwireHits;
    const caught = hits.filter((hit) => hit.includes('tripwire-check.invalid'));
    expect(caught.sort()).toEqual(['CONNECT tripwire-check.invalid:443', 'GET http://tripwire-check.invalid/x']);
    // Forget the requests this test made on purpose: the file's afterAll fails on any other.
    hits.splice(0, hits.length, ...hits.filter((hit) => !caught.includes(hit)));
    expect(hits).toEqual([]);
  });
});

const manifestOf = async (dir: string) => JSON.parse(await readFile(path.join(ROOT, 'dist', dir, 'manifest.json'), 'utf8'));

describe('the builds', () => {
  test.each(['chrome', 'firefox'])('dist/%s asks for no host permission', async (target) => {
    const manifest = await manifestOf(target);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(JSON.stringify(manifest.permissions)).not.toMatch(/:\/\/|<all_urls>/);
  });

  test.each(['chrome', 'firefox'])('the %s test build differs from the shipped build only by its host permission', async (target) => {
    const [shipped, testBuild] = await Promise.all([manifestOf(target), manifestOf(`${target}-test`)]);
    expect(testBuild.host_permissions).toEqual(['http://127.0.0.1/*']);
    delete testBuild.host_permissions;
    expect(testBuild).toEqual(shipped);
  });
});

describe(`${BROWSER_TITLE}'s URL parser`, () => {
  test('gives a plain link the same canonical URL and key as Quire works out without it', async () => {
    const web = await suite.session.openPage(suite.server.url('pages/plain.html'));
    const parity = (await web.evaluate((script) => (0, eval)(script), await parityScript())) as Parity;
    expect(parity.mismatches).toEqual([]);
    expect(parity.plain).toBeGreaterThan(PARITY_LINKS.length / 5);
    await web.close();
  });
});
