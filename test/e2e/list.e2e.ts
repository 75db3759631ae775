import { beforeEach, describe, expect, test } from 'vitest';
import type { Clip } from '../../src/core/clip';
import { SNAPSHOT_KEY } from '../../src/ui/snapshot/store';
import type { Tab } from './driver/session';
import { holdArticles, LIVE_LIST } from './popup';
import { send, startAfresh } from './probe';
import { sampleClip } from './reading';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

beforeEach(async () => {
  await startAfresh(suite.session);
});

const save = (clip: Clip, tags: string[] = []) => send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags, clip });
const byUrl = (url: string) => send(suite.session, { type: 'articles.byUrl', url });
const rowTitles = (page: Tab) => page.texts('.rows .row-title');
const rowCount = (page: Tab, count: number) => page.waitUntil((n) => document.querySelectorAll('.rows .row').length === n, count);

async function openList(): Promise<Tab> {
  const page = await suite.session.openExtensionPage('popup/index.html?view=list');
  await page.waitFor(`${LIVE_LIST} :is(.rows .row, .empty)`);
  return page;
}

describe(`the reading list in the popup, in ${BROWSER_TITLE}`, () => {
  test('a new user sees how to save a first article', async () => {
    const page = await openList();
    await page.waitForText(/Your reading list is empty/);
    expect(await page.text('.empty h2')).toBe('Your reading list is empty');
    expect(await page.text('.empty')).toContain('Alt+Shift+S');
    await page.close();
  });

  test('shows the newest first, with site, reading time, tags and a link-only mark', async () => {
    await save(sampleClip(1), ['science']);
    await save(sampleClip(2), ['politics', 'long read']);
    await send(suite.session, { type: 'link.save', url: 'https://later.example/a', title: 'Read me later', tags: [] });
    const page = await openList();
    expect(await rowTitles(page)).toEqual(['Read me later', 'Story number 2', 'Story number 1']);
    expect(await page.text('.rows .row:nth-child(2)')).toMatch(/News 2.*1 min.*politics.*long read/);
    expect(await page.count('.rows .row:first-child .row-link-only')).toBe(1);
    await page.close();
  });

  test('a search typed as soon as the first rows show, even before the list answers, goes to the search field', async () => {
    await save(sampleClip(1, { title: 'Volcanoes of Iceland' }));
    await save(sampleClip(2, { title: 'Budget talks stall' }));
    // One open keeps the snapshot of the first screen, which the next paints before the list answers.
    const first = await openList();
    await first.waitUntil((key) => localStorage.getItem(key)?.includes('Budget talks stall'), SNAPSHOT_KEY);
    // The list's own read waits while the snapshot shows, and the keys come then.
    const held = await holdArticles(first);
    const page = await suite.session.openExtensionPage('popup/index.html?view=list');
    await page.waitFor('#app[inert] .rows .row-title');
    await page.press('/');
    await page.type('volcan');
    await held.release();
    await rowCount(page, 1);
    expect(await rowTitles(page)).toEqual(['Volcanoes of Iceland']);
    expect(await page.value('#list-search')).toBe('volcan');
    await Promise.all([first.close(), page.close()]);
  });

  test('search as you type, then filters and tag chips narrow the rows', async () => {
    await save(sampleClip(1, { title: 'Volcanoes of Iceland' }), ['science']);
    await save(sampleClip(2, { title: 'Budget talks stall' }), ['politics']);
    await save(sampleClip(3, { title: 'Glaciers retreat' }), ['science']);
    const page = await openList();
    await page.press('/');
    await page.type('volcan');
    await rowCount(page, 1);
    expect(await rowTitles(page)).toEqual(['Volcanoes of Iceland']);

    await page.press('Escape');
    await rowCount(page, 3);
    await page.button('#science');
    await rowCount(page, 2);
    expect(await rowTitles(page)).toEqual(['Glaciers retreat', 'Volcanoes of Iceland']);

    await page.select('#list-sort', 'title');
    await page.waitUntil(() => document.querySelector('.rows .row-title')?.textContent === 'Glaciers retreat');
    await page.button('Archived');
    await page.waitForText(/Nothing matches/);
    await page.close();
  });

  test('keyboard: arrows move, E archives, S favorites, and the Unread filter drops archived rows', async () => {
    for (const n of [1, 2, 3]) await save(sampleClip(n));
    const page = await openList();
    await page.button('Unread');
    await page.press('/');
    await page.press('ArrowDown');
    await page.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Story number 2');
    await page.press('s');
    await page.waitFor('.row[aria-label="Story number 2"] .action-favorite[aria-pressed="true"]');
    await page.press('e');
    await rowCount(page, 2);
    expect(await byUrl(sampleClip(2).url)).toMatchObject({ status: 'archived', favorite: true });
    await page.close();
  });

  test('delete takes the row away, and Undo brings it back exactly', async () => {
    await save(sampleClip(1), ['keep']);
    await save(sampleClip(2));
    const page = await openList();
    await page.hover('.row[aria-label="Story number 1"]');
    await page.button('Delete', '.row[aria-label="Story number 1"]');
    await page.waitForText(/Deleted “Story number 1”\./);
    expect(await rowTitles(page)).toEqual(['Story number 2']);
    expect(await byUrl(sampleClip(1).url)).toBeNull();
    await page.button('Undo');
    await rowCount(page, 2);
    expect(await rowTitles(page)).toEqual(['Story number 2', 'Story number 1']);
    expect(await byUrl(sampleClip(1).url)).toMatchObject({ tags: ['keep'] });
    await page.close();
  });

  test('tags are edited in place', async () => {
    await save(sampleClip(1), ['old']);
    const page = await openList();
    await page.focus('.rows .row');
    await page.press('t');
    // The field named for its article has the focus, so the letters typed are tags, not row shortcuts.
    await page.waitUntil(
      (name) => document.activeElement?.getAttribute('role') === 'combobox' && (document.activeElement as HTMLInputElement).labels?.[0]?.textContent === name,
      'Tags for “Story number 1”',
    );
    await page.type('Fresh Tag');
    await page.press('Enter');
    await page.press('Enter');
    await page.waitUntil(() => [...document.querySelectorAll('.row-tags .tag')].some((tag) => tag.textContent?.includes('fresh tag')));
    expect(await byUrl(sampleClip(1).url)).toMatchObject({ tags: ['old', 'fresh tag'] });
    await page.close();
  });

  test('Enter opens the article in the reader in a new tab', async () => {
    const { article } = await save(sampleClip(7));
    const page = await openList();
    await page.focus('.rows .row');
    await page.press('Enter');
    const reader = await suite.session.waitForTab(`/reader/index.html?id=${article.id}`);
    await reader.waitUntil(() => document.querySelector('h1')?.textContent === 'Story number 7');
    await Promise.all([reader.close(), page.close()]);
  });
});
