import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { clearList, sampleClip, saveClip, send } from './reading';

let session: ExtensionSession;
let helper: Page;

beforeAll(async () => {
  session = await launchChromium();
  helper = await session.openExtensionPage('options/index.html');
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await clearList(helper);
});

async function openList(): Promise<Page> {
  const page = await session.openExtensionPage('popup/index.html?view=list');
  return page;
}

const rowTitles = (page: Page) => page.locator('.rows .row-title').allTextContents();

describe('the reading list in the popup', () => {
  test('a new user sees how to save a first article', async () => {
    const page = await openList();
    await expect(page.getByRole('heading', { name: 'Your reading list is empty' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.empty').textContent()).resolves.toContain('Alt+Shift+S');
    await page.close();
  });

  test('shows the newest first, with site, reading time, tags and a link-only mark', async () => {
    await saveClip(helper, sampleClip(1), ['science']);
    await saveClip(helper, sampleClip(2), ['politics', 'long read']);
    await send(helper, { type: 'link.save', url: 'https://later.example/a', title: 'Read me later', tags: [] });
    const page = await openList();
    await page.locator('.rows .row').first().waitFor();
    expect(await rowTitles(page)).toEqual(['Read me later', 'Story number 2', 'Story number 1']);
    const second = page.locator('.rows .row').nth(1);
    await expect(second.textContent()).resolves.toMatch(/News 2.*1 min.*politics.*long read/);
    await expect(page.locator('.rows .row').first().locator('.row-link-only').isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('search as you type, then filters and tag chips narrow the rows', async () => {
    await saveClip(helper, sampleClip(1, { title: 'Volcanoes of Iceland' }), ['science']);
    await saveClip(helper, sampleClip(2, { title: 'Budget talks stall' }), ['politics']);
    await saveClip(helper, sampleClip(3, { title: 'Glaciers retreat' }), ['science']);
    const page = await openList();
    await page.locator('.rows .row').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('volcan');
    await page.waitForFunction(() => document.querySelectorAll('.rows .row').length === 1);
    expect(await rowTitles(page)).toEqual(['Volcanoes of Iceland']);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('.rows .row').length === 3);
    await page.getByRole('button', { name: '#science' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.rows .row').length === 2);
    expect(await rowTitles(page)).toEqual(['Glaciers retreat', 'Volcanoes of Iceland']);

    await page.locator('#list-sort').selectOption('title');
    await page.waitForFunction(() => document.querySelector('.rows .row-title')?.textContent === 'Glaciers retreat');
    await page.getByRole('button', { name: 'Archived', exact: true }).click();
    await page.getByRole('heading', { name: 'Nothing matches' }).waitFor();
    await page.close();
  });

  test('keyboard: arrows move, E archives, S favorites, and the Unread filter drops archived rows', async () => {
    for (const n of [1, 2, 3]) await saveClip(helper, sampleClip(n));
    const page = await openList();
    await page.locator('.rows .row').first().waitFor();
    await page.getByRole('button', { name: 'Unread', exact: true }).click();
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Story number 2');
    await page.keyboard.press('s');
    await page.locator('.row[aria-label="Story number 2"] .action-favorite[aria-pressed="true"]').waitFor();
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.querySelectorAll('.rows .row').length === 2);
    const stored = await send(helper, { type: 'articles.byUrl', url: sampleClip(2).url });
    expect(stored).toMatchObject({ status: 'archived', favorite: true });
    await page.close();
  });

  test('delete takes the row away, and Undo brings it back exactly', async () => {
    await saveClip(helper, sampleClip(1), ['keep']);
    await saveClip(helper, sampleClip(2));
    const page = await openList();
    const row = page.locator('.row[aria-label="Story number 1"]');
    await row.hover();
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted “Story number 1”.').first().waitFor();
    expect(await rowTitles(page)).toEqual(['Story number 2']);
    await expect(send(helper, { type: 'articles.byUrl', url: sampleClip(1).url })).resolves.toBeNull();

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.rows .row').length === 2);
    expect(await rowTitles(page)).toEqual(['Story number 2', 'Story number 1']);
    await expect(send(helper, { type: 'articles.byUrl', url: sampleClip(1).url })).resolves.toMatchObject({ tags: ['keep'] });
    await page.close();
  });

  test('tags are edited in place', async () => {
    await saveClip(helper, sampleClip(1), ['old']);
    const page = await openList();
    await page.locator('.rows .row').first().focus();
    await page.keyboard.press('t');
    const field = page.getByRole('combobox', { name: 'Tags for “Story number 1”' });
    await field.pressSequentially('Fresh Tag');
    await field.press('Enter');
    await field.press('Enter');
    await page.locator('.row-tags .tag', { hasText: 'fresh tag' }).waitFor();
    await expect(send(helper, { type: 'articles.byUrl', url: sampleClip(1).url })).resolves.toMatchObject({ tags: ['old', 'fresh tag'] });
    await page.close();
  });

  test('Enter opens the article in the reader in a new tab', async () => {
    await saveClip(helper, sampleClip(7));
    const page = await openList();
    await page.locator('.rows .row').first().focus();
    const [reader] = await Promise.all([session.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await reader.waitForLoadState();
    expect(reader.url()).toContain('/reader/index.html?id=');
    await reader.getByRole('heading', { name: 'Story number 7' }).waitFor();
    await Promise.all([reader.close(), page.close()]);
  });
});
