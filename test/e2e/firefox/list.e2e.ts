import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Clip } from '../../../src/core/clip';
import { sampleClip } from '../reading';
import { firefoxSuite } from './suite';
import { button, waitForText } from './pages';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

const suite = firefoxSuite();

beforeEach(async () => {
  await suite.probe.data({ type: 'data.deleteAll' });
});

const save = (clip: Clip, tags: string[] = []) => suite.probe.data({ type: 'page.save', tabId: 0, mode: 'article', tags, clip });
const byUrl = (url: string) => suite.probe.data({ type: 'articles.byUrl', url });
const rowTitles = (page: Page) => page.$$eval('.rows .row-title', (titles) => titles.map((t) => t.textContent));
const rowCount = (page: Page, count: number) => page.waitForFunction((n) => document.querySelectorAll('.rows .row').length === n, {}, count);

async function openList(): Promise<Page> {
  const page = await suite.session.openExtensionPage('popup/index.html?view=list');
  await page.waitForSelector('.rows .row, .empty');
  return page;
}

describe('the reading list in the popup, in Firefox ESR', () => {
  test('a new user sees how to save a first article', async () => {
    const page = await openList();
    await waitForText(page, /Your reading list is empty/);
    expect(await page.$eval('.empty', (empty) => empty.textContent)).toContain('Alt+Shift+S');
    await page.close();
  });

  test('shows the newest first, with site, reading time, tags and a link-only mark', async () => {
    await save(sampleClip(1), ['science']);
    await save(sampleClip(2), ['politics', 'long read']);
    await suite.probe.data({ type: 'link.save', url: 'https://later.example/a', title: 'Read me later', tags: [] });
    const page = await openList();
    expect(await rowTitles(page)).toEqual(['Read me later', 'Story number 2', 'Story number 1']);
    expect(await page.$eval('.rows .row:nth-child(2)', (row) => row.textContent)).toMatch(/News 2.*1 min.*politics.*long read/);
    expect(await page.$('.rows .row:first-child .row-link-only')).not.toBeNull();
    await page.close();
  });

  test('search as you type, then a tag chip and the Archived filter narrow the rows', async () => {
    await save(sampleClip(1, { title: 'Volcanoes of Iceland' }), ['science']);
    await save(sampleClip(2, { title: 'Budget talks stall' }), ['politics']);
    await save(sampleClip(3, { title: 'Glaciers retreat' }), ['science']);
    const page = await openList();
    await page.keyboard.press('/');
    await page.keyboard.type('volcan');
    await rowCount(page, 1);
    expect(await rowTitles(page)).toEqual(['Volcanoes of Iceland']);

    await page.keyboard.press('Escape');
    await rowCount(page, 3);
    await (await button(page, '#science')).click();
    await rowCount(page, 2);
    expect(await rowTitles(page)).toEqual(['Glaciers retreat', 'Volcanoes of Iceland']);
    await (await button(page, 'Archived')).click();
    await waitForText(page, /Nothing matches/);
    await page.close();
  });

  test('keyboard: arrows move, E archives, S favorites', async () => {
    for (const n of [1, 2, 3]) await save(sampleClip(n));
    const page = await openList();
    await (await button(page, 'Unread')).click();
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Story number 2');
    await page.keyboard.press('s');
    await page.waitForSelector('.row[aria-label="Story number 2"] .action-favorite[aria-pressed="true"]');
    await page.keyboard.press('e');
    await rowCount(page, 2);
    expect(await byUrl(sampleClip(2).url)).toMatchObject({ status: 'archived', favorite: true });
    await page.close();
  });

  test('delete takes the row away, and Undo brings it back exactly', async () => {
    await save(sampleClip(1), ['keep']);
    await save(sampleClip(2));
    const page = await openList();
    await page.hover('.row[aria-label="Story number 1"]');
    await (await button(page, 'Delete', '.row[aria-label="Story number 1"]')).click();
    await waitForText(page, /Deleted “Story number 1”\./);
    expect(await rowTitles(page)).toEqual(['Story number 2']);
    expect(await byUrl(sampleClip(1).url)).toBeNull();
    await (await button(page, 'Undo')).click();
    await rowCount(page, 2);
    expect(await rowTitles(page)).toEqual(['Story number 2', 'Story number 1']);
    expect(await byUrl(sampleClip(1).url)).toMatchObject({ tags: ['keep'] });
    await page.close();
  });

  test('tags are edited in place', async () => {
    await save(sampleClip(1), ['old']);
    const page = await openList();
    await page.focus('.rows .row');
    await page.keyboard.press('t');
    await page.waitForSelector('[role="combobox"]');
    await page.keyboard.type('Fresh Tag');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.row-tags .tag')].some((tag) => tag.textContent?.includes('fresh tag')));
    expect(await byUrl(sampleClip(1).url)).toMatchObject({ tags: ['old', 'fresh tag'] });
    await page.close();
  });

  test('Enter opens the article in the reader in a new tab', async () => {
    const { article } = await save(sampleClip(7));
    const page = await openList();
    await page.focus('.rows .row');
    await page.keyboard.press('Enter');
    const readerTab = (id: string) =>
      suite.probe.page.evaluate(async (i) => (await browser.tabs.query({})).some((tab) => tab.url?.endsWith(`/reader/index.html?id=${i}`)), id);
    await expect.poll(() => readerTab(article.id)).toBe(true);
    await page.close();
  });

  test('nothing reached the tripwire proxy', () => {
    expect(suite.session.tripwire.hits).toEqual([]);
  });
});
