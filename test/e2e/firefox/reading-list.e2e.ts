import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startFixtureServer, type FixtureServer } from '../server';
import { launchFirefox, type FirefoxSession } from './harness';
import { button, openProbe, waitForText, type Probe, type SavedArticle } from './pages';

const CLUTTERED = 'pages/cluttered.html';
const TITLE = 'Iran Terror Threats Reach Albania';

let session: FirefoxSession;
let server: FixtureServer;
let probe: Probe;

beforeAll(async () => {
  [session, server] = await Promise.all([launchFirefox(), startFixtureServer()]);
  probe = await openProbe(session);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

describe('the reading list in Firefox ESR', () => {
  test('the popup saves a cluttered page with two tags, and the record has its metadata and a clean body', async () => {
    const url = server.url(CLUTTERED);
    const web = await session.openWebPage(url);
    const popup = await session.openExtensionPage(`popup/index.html?tabId=${await probe.tabIdOf(url)}`);
    await popup.waitForFunction((title) => document.querySelector<HTMLInputElement>('#clip-title')?.value === title, {}, TITLE);
    // The tags field has the focus, so a keyboard user types tags straight away.
    await popup.waitForFunction(() => document.activeElement?.id === 'clip-tags');
    await popup.keyboard.type('world news');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('albania');
    await popup.keyboard.press(',');
    await (await button(popup, 'Save')).click();
    await waitForText(popup, /Saved on /);

    const saved = await probe.article(url);
    expect(saved).toMatchObject({ title: TITLE, byline: 'Jubin Katiraie', siteName: 'Iran Focus', kind: 'article' });
    expect(saved.tags.sort()).toEqual(['albania', 'world news']);
    expect(saved.publishedTime).toContain('2020-01-20');
    expect(saved.text).toContain('Tensions between the Iranian government');
    expect(saved.html).not.toMatch(/<script|Latest news|Advertisement|Share on Facebook|All rights reserved/);
    await Promise.all([web.close(), popup.close()]);
  });

  test('the reader renders the saved article', async () => {
    const saved = await probe.article(server.url(CLUTTERED));
    const reader = await session.openExtensionPage(`reader/index.html?id=${saved.id}`);
    await reader.waitForSelector('.reader-body');
    expect(await reader.$eval('h1.reader-title', (h) => h.textContent)).toBe(TITLE);
    expect(await reader.$eval('.reader-body', (body) => body.textContent)).toContain('Tensions between the Iranian government');
    expect(await reader.$$('.reader-body script, .reader-body iframe:not([src^="https://www.youtube"])')).toEqual([]);
    expect(await reader.title()).toBe(TITLE);
    await reader.close();
  });

  test('an export from the options page downloads the article as Quire JSON', async () => {
    const options = await session.openExtensionPage('options/index.html');
    await options.waitForSelector('#export-button');
    await options.select('#export-format', 'quire-json');
    const file = await session.download(() => options.click('#export-button'));
    expect(path.basename(file)).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; articles: SavedArticle[] };
    expect(exported.articles).toEqual([expect.objectContaining({ url: server.url(CLUTTERED), title: TITLE, tags: expect.arrayContaining(['albania', 'world news']) })]);
    await waitForText(options, /1\b.*quire-.*\.json/);
    await options.close();
  });

  test('nothing reached the tripwire proxy', () => {
    expect(session.tripwire.hits).toEqual([]);
  });
});
