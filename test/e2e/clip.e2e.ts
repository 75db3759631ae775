import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inflateSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { startFixtureServer, type FixtureServer } from './server';
import { openPopupOn, openProbe, type ExtensionProbe } from './clip-helpers';
import type { Article } from '../../src/core/article';

let session: ExtensionSession;
let server: FixtureServer;
let probe: ExtensionProbe;
let probePage: Page;


/** The extraction helper's cluttered news page; its canonical link names the original site. */
const CLUTTERED = 'extract/seed-page.html';
const CANONICAL = 'https://www.iranfocus.com/en/terrorism/iran-terror-threats-reach-albania/';

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startFixtureServer()]);
  ({ page: probePage, probe } = await openProbe(session));
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

async function fullArticle(url: string): Promise<Article> {
  const meta = await probe.waitForSaved(url);
  const reply = await probe.send<Article>({ type: 'articles.get', id: meta.id });
  return reply.data;
}

/** The Markdown the background cached for an article's body (read straight from IndexedDB), or null. */
async function cachedMarkdown(id: string): Promise<string | null> {
  const bytes = await probePage.evaluate(
    (bodyId) =>
      new Promise<number[] | null>((resolve, reject) => {
        const open = indexedDB.open('quire');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('markdown').objectStore('markdown').get(bodyId);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            const md = (get.result as { md?: { deflated: Uint8Array } } | undefined)?.md;
            resolve(md ? Array.from(md.deflated) : null);
          };
        };
      }),
    id,
  );
  return bytes && strFromU8(inflateSync(new Uint8Array(bytes)));
}

async function closeAll(...pages: Page[]) {
  await Promise.all(pages.map((page) => page.close()));
}

describe('saving from the popup', () => {
  test('a cluttered article saves with two tags, its metadata and a clean body', async () => {
    const url = server.url(CLUTTERED);
    const { page, popup } = await openPopupOn(session, probe, url);
    await expect.poll(() => popup.locator('#clip-title').inputValue()).toBe('Iran Terror Threats Reach Albania');
    await expect(popup.locator('.clip__site').textContent()).resolves.toContain('Iran Focus');
    await expect(popup.locator('.clip__facts').textContent()).resolves.toContain('Jubin Katiraie');
    const tags = popup.locator('#clip-tags');
    await tags.fill('world news');
    await tags.press('Enter');
    await tags.fill('albania');
    await tags.press(',');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText(/^Saved on /).waitFor();

    const saved = await fullArticle(CANONICAL);
    expect(saved).toMatchObject({ title: 'Iran Terror Threats Reach Albania', byline: 'Jubin Katiraie', siteName: 'Iran Focus', kind: 'article', url });
    expect(saved.tags).toEqual(expect.arrayContaining(['world news', 'albania']));
    expect(saved.publishedTime).toContain('2020-01-27');
    expect(saved.text).toContain('Tensions between the Iranian government');
    expect(saved.text).toContain('respond to any attacks.');
    expect(saved.html).not.toMatch(/<script|<form|onerror|Latest news|Must read|Recommended to you|You might also like|Advertisement|cookies|All rights reserved/);
    // The content script converted the body to Markdown, and the background cached it for the Markdown zip.
    expect(await cachedMarkdown(saved.id)).toContain('Tensions between the Iranian government');
    await closeAll(page, popup);
  });

  test('the same page saved again stays one record, and the popup opens on "Saved on"', async () => {
    const url = server.url(CLUTTERED);
    const first = await probe.waitForSaved(CANONICAL);
    const { page, popup } = await openPopupOn(session, probe, `${url}?utm_source=newsletter`);
    await popup.getByText(/^Saved on /).waitFor();
    await popup.getByRole('button', { name: 'Update saved copy' }).click();
    await popup.getByText('The saved copy is up to date.').waitFor();
    const list = await probe.send<{ items: { id: string; canonicalUrl: string }[] }>({
      type: 'articles.list',
      query: { sort: 'savedAt', order: 'desc', limit: 100 },
    });
    expect(list.data.items.filter((item) => item.canonicalUrl === CANONICAL).map((item) => item.id)).toEqual([first.id]);
    expect((await probe.waitForSaved(CANONICAL)).tags).toEqual(expect.arrayContaining(['world news', 'albania']));
    await closeAll(page, popup);
  });

  test('"Saved on": tags edit in place, Archive, and Remove with Undo', async () => {
    const url = server.url(CLUTTERED);
    const { page, popup } = await openPopupOn(session, probe, url);
    await popup.getByText(/^Saved on /).waitFor();
    await popup.getByRole('button', { name: 'Remove tag albania' }).click();
    await popup.getByText('Tags saved.').waitFor();
    expect((await probe.waitForSaved(CANONICAL)).tags).toEqual(['world news']);
    await popup.getByRole('button', { name: 'Archive' }).click();
    await popup.getByRole('button', { name: 'Move back to unread' }).waitFor();
    expect((await probe.waitForSaved(CANONICAL)).status).toBe('archived');
    await popup.getByRole('button', { name: 'Remove', exact: true }).click();
    await popup.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect((await probe.send({ type: 'articles.byUrl', url: CANONICAL })).data).toBeNull();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText(/^Saved on /).waitFor();
    expect(await probe.waitForSaved(CANONICAL)).toMatchObject({ status: 'archived', tags: ['world news'] });
    await closeAll(page, popup);
  });

  test('the tag field completes from existing tags with the arrows, and Enter on an empty field saves', async () => {
    const url = server.url('pages/article.html?keyboard=1');
    const { page, popup } = await openPopupOn(session, probe, url);
    const field = popup.locator('#clip-tags');
    await field.waitFor();
    await field.pressSequentially('wor');
    await popup.getByRole('option', { name: 'world news' }).waitFor();
    await field.press('ArrowDown');
    await expect(popup.getByRole('option', { name: 'world news' }).getAttribute('aria-selected')).resolves.toBe('true');
    await field.press('Enter');
    await field.pressSequentially('draft');
    await field.press('Tab');
    await expect(popup.locator('.tag-input__chip span').allTextContents()).resolves.toEqual(['world news', 'draft']);
    await field.press('Backspace');
    await expect(popup.locator('.tag-input__chip span').allTextContents()).resolves.toEqual(['world news']);
    await field.press('Enter');
    await popup.getByText(/^Saved on /).waitFor();
    expect((await probe.waitForSaved(url)).tags).toEqual(['world news']);
    await closeAll(page, popup);
  });

  test('closing the popup right after Save still saves', async () => {
    const url = server.url('pages/article.html?closing=1');
    const { page, popup } = await openPopupOn(session, probe, url);
    await popup.locator('#clip-title').waitFor();
    await popup.locator('#clip-tags').fill('harbour');
    await popup.locator('#clip-tags').press('Enter');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.close();
    const saved = await fullArticle(url);
    expect(saved).toMatchObject({ title: 'Eastmere finishes its new sea wall', tags: ['harbour'], kind: 'article' });
    await page.close();
  });

  test('a page without an article offers the link or the page text, and saves a link-only item', async () => {
    const url = server.url('pages/no-article.html');
    const { page, popup } = await openPopupOn(session, probe, url);
    await popup.getByText('Quire found no article on this page.', { exact: false }).waitFor();
    await expect(popup.getByRole('button', { name: 'Save the page text as it is' }).isVisible()).resolves.toBe(true);
    await popup.getByRole('button', { name: 'Save link only' }).click();
    await popup.getByText(/^Saved on /).waitFor();
    const saved = await fullArticle(url);
    expect(saved).toMatchObject({ kind: 'link', title: 'Harbour photos', html: '', text: '' });
    await closeAll(page, popup);
  });

  test('"Save the page text as it is" keeps the visible text', async () => {
    const url = server.url('pages/no-article.html?text=1');
    const { page, popup } = await openPopupOn(session, probe, url);
    await popup.getByRole('button', { name: 'Save the page text as it is' }).click();
    await popup.getByText(/^Saved on /).waitFor();
    const saved = await fullArticle(url);
    expect(saved.kind).toBe('article');
    expect(saved.text).toBe('Boats at dawn\nThe new sea wall');
    expect(saved.html).toBe('<p>Boats at dawn</p>\n<p>The new sea wall</p>');
    await closeAll(page, popup);
  });

  test('extraction that takes over 5 seconds stops with a message and a way forward', async () => {
    const url = server.url('pages/plain.html?busy=1');
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await probe.tabIdOf(url);
    // The page blocks its main thread for 12 s from now, before the popup exists, so even a
    // slow popup asks while it is busy (a timer started at load raced the popup under load).
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 12_000;
        while (Date.now() < end);
      }, 0);
    });
    const popup = await session.openExtensionPage(`popup/index.html?tabId=${tabId}`);
    await popup.getByText('took more than 5 seconds', { exact: false }).waitFor({ timeout: 9000 });
    await expect(popup.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: 'Save link only' }).isVisible()).resolves.toBe(true);
    await closeAll(page, popup);
  });

  test('a page extensions may not read says so and offers no preview', async () => {
    // Without the tabs permission a query cannot find chrome:// tabs by address, so the test opens it itself.
    const tabId = await probePage.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version', active: false })).id);
    const popup = await session.openExtensionPage(`popup/index.html?tabId=${tabId}`);
    await popup.getByText('Browsers do not let extensions read this page', { exact: false }).waitFor();
    await expect(popup.locator('#clip-title').count()).resolves.toBe(0);
    await probePage.evaluate((id) => chrome.tabs.remove(id!), tabId);
    await popup.close();
  });
});

describe('saving without the popup (context menu and shortcut), through the background', () => {
  const run = <T,>(action: string, tabId: number, extra?: unknown) =>
    session.serviceWorker.evaluate(
      async ([name, id, more]) => {
        const tab = await chrome.tabs.get(id as number);
        const actions = (globalThis as unknown as { quireActions: Record<string, (...args: unknown[]) => Promise<unknown>> }).quireActions;
        return name === 'saveLinkFromMenu' ? actions[name]!(more, tab) : actions[name as string]!(tab);
      },
      [action, tabId, extra] as const,
    ) as Promise<T>;

  beforeAll(async () => {
    await probePage.evaluate(() => chrome.storage.local.set({ settings: { defaultTags: ['inbox'] } }));
  });

  test('"Save page to Quire" saves the article with the default tags and marks the tab', async () => {
    const url = server.url('pages/article.html?menu=page');
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await probe.tabIdOf(url);
    const result = await run<{ created: boolean; article: { tags: string[]; kind: string } }>('savePageFromTab', tabId);
    expect(result).toMatchObject({ created: true, article: { tags: ['inbox'], kind: 'article' } });
    await expect(probePage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).resolves.toBe('✓');
    await page.close();
  });

  test('"Save link to Quire" keeps the link as an unread link-only item', async () => {
    const url = server.url('pages/links.html');
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await probe.tabIdOf(url);
    const linkUrl = server.url('pages/linked-target.html?utm_source=x');
    await run('saveLinkFromMenu', tabId, { linkUrl, linkText: 'A linked article' });
    const saved = await fullArticle(server.url('pages/linked-target.html'));
    expect(saved).toMatchObject({ kind: 'link', title: 'A linked article', tags: ['inbox'], html: '' });
    await page.close();
  });

  test('"Save selection to Quire" keeps the selection, sanitized, with the page\'s metadata', async () => {
    const url = server.url('pages/links.html?selection=1');
    const page = await session.context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.getSelection()!.selectAllChildren(document.getElementById('chosen')!));
    const tabId = await probe.tabIdOf(url);
    await run('saveSelectionFromTab', tabId);
    const saved = await fullArticle(url);
    expect(saved).toMatchObject({ title: 'Links and a selection', siteName: 'Fixture Site', kind: 'article' });
    expect(saved.text).toContain('Keep this sentence with a relative link');
    expect(saved.html).toContain('<strong>this sentence</strong>');
    expect(saved.html).toContain(`href="${server.url('pages/plain.html')}"`);
    expect(saved.html).not.toMatch(/onerror|Leave this one out/);
    await page.close();
  });

  test('the shortcut saves the current page and confirms on the badge', async () => {
    const url = server.url('pages/article.html?shortcut=1');
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await probe.tabIdOf(url);
    await run('saveWithShortcut', tabId);
    expect((await fullArticle(url)).tags).toEqual(['inbox']);
    await expect(probePage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).resolves.toBe('✓');
    await page.close();
  });

  test('the badge follows navigation, and the showBadge setting turns it off', async () => {
    const saved = server.url('pages/article.html?menu=page');
    const page = await session.context.newPage();
    await page.goto(saved);
    const tabId = await probe.tabIdOf(saved);
    const badge = () => probePage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('✓');
    await page.goto(server.url('pages/plain.html'));
    await expect.poll(badge).toBe('');
    await page.goto(saved);
    await expect.poll(badge).toBe('✓');
    await probePage.evaluate(() => chrome.storage.local.set({ settings: { defaultTags: ['inbox'], showBadge: false } }));
    await expect.poll(badge).toBe('');
    await page.close();
  });
});
