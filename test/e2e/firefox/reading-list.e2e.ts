import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { firefoxSuite } from './suite';
import { button, waitForText, type SavedArticle } from './pages';

const CLUTTERED = 'pages/cluttered.html';
const TITLE = 'Iran Terror Threats Reach Albania';

const suite = firefoxSuite();


describe('the reading list in Firefox ESR', () => {
  test('the popup saves a cluttered page with two tags, and the record has its metadata and a clean body', async () => {
    const url = suite.server.url(CLUTTERED);
    const web = await suite.session.openWebPage(url);
    const popup = await suite.session.openExtensionPage(`popup/index.html?tabId=${await suite.probe.tabIdOf(url)}`);
    await popup.waitForFunction((title) => document.querySelector<HTMLInputElement>('#clip-title')?.value === title, {}, TITLE);
    // The tags field has the focus, so a keyboard user types tags straight away.
    await popup.waitForFunction(() => document.activeElement?.id === 'clip-tags');
    await popup.keyboard.type('world news');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('albania');
    await popup.keyboard.press(',');
    await (await button(popup, 'Save')).click();
    await waitForText(popup, /Saved on /);

    const saved = await suite.probe.article(url);
    expect(saved).toMatchObject({ title: TITLE, byline: 'Jubin Katiraie', siteName: 'Iran Focus', kind: 'article' });
    expect(saved.tags.sort()).toEqual(['albania', 'world news']);
    expect(saved.publishedTime).toContain('2020-01-20');
    expect(saved.text).toContain('Tensions between the Iranian government');
    expect(saved.html).not.toMatch(/<script|Latest news|Advertisement|Share on Facebook|All rights reserved/);
    await Promise.all([web.close(), popup.close()]);
  });

  test('the reader renders the saved article', async () => {
    const saved = await suite.probe.article(suite.server.url(CLUTTERED));
    const reader = await suite.session.openExtensionPage(`reader/index.html?id=${saved.id}`);
    await reader.waitForSelector('.reader-body');
    expect(await reader.$eval('h1.reader-title', (h) => h.textContent)).toBe(TITLE);
    expect(await reader.$eval('.reader-body', (body) => body.textContent)).toContain('Tensions between the Iranian government');
    expect(await reader.$$('.reader-body script, .reader-body iframe:not([src^="https://www.youtube"])')).toEqual([]);
    expect(await reader.title()).toBe(TITLE);
    await reader.close();
  });

  test('an export from the options page downloads the article as Quire JSON', async () => {
    const options = await suite.session.openExtensionPage('options/index.html');
    await options.waitForSelector('#export-button');
    await options.select('#export-format', 'quire-json');
    const file = await suite.session.download(() => options.click('#export-button'));
    expect(path.basename(file)).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; articles: SavedArticle[] };
    expect(exported.articles).toEqual([
      expect.objectContaining({ url: suite.server.url(CLUTTERED), title: TITLE, tags: expect.arrayContaining(['albania', 'world news']) }),
    ]);
    await waitForText(options, /1\b.*quire-.*\.json/);
    await options.close();
  });

  test('nothing reached the tripwire proxy', () => {
    expect(suite.session.tripwire.hits).toEqual([]);
  });
});
