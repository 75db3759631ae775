import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { startFixtureServer, type FixtureServer } from './server';
import { clearList, LARGER_SANS_SEPIA, paragraphs, readerLook, sampleClip, saveClip, send } from './reading';

let session: ExtensionSession;
let server: FixtureServer;
let helper: Page;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startFixtureServer()]);
  helper = await session.openExtensionPage('options/index.html');
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});
beforeEach(async () => {
  await clearList(helper);
  await helper.evaluate(() => chrome.storage.local.clear());
});

async function openReader(id: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(session.extensionUrl(`reader/index.html?id=${id}`));
  await page.locator('.reader-body, .link-only, .reader-note h1').first().waitFor();
  return page;
}

/** Scrolls like a reader would and waits past the save throttle. */
async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), fraction);
  await page.waitForTimeout(800);
}

const longClip = () =>
  sampleClip(1, {
    title: 'A long read',
    html: `<p>Start with <a href="https://elsewhere.example/x">a link</a>.</p>${paragraphs(3000, 'long')}`,
  });

describe('the reader', () => {
  test('shows a saved article with its facts, and its links open in a new tab without access back', async () => {
    const { article } = await saveClip(helper, longClip());
    const page = await openReader(article.id);
    await expect(page.locator('h1.reader-title').textContent()).resolves.toBe('A long read');
    await expect(page.locator('.reader-header').textContent()).resolves.toMatch(/News 1.*Writer 1.*Published.*Saved.*min/s);
    await expect(page.title()).resolves.toBe('A long read');
    const link = page.locator('.reader-body a[href="https://elsewhere.example/x"]');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    await expect(page.locator('.reader-original').first().getAttribute('href')).resolves.toBe(article.url);
    await page.close();
  });

  test('returns to where the reader left off', async () => {
    const { article } = await saveClip(helper, longClip());
    const first = await openReader(article.id);
    await scrollTo(first, 0.5);
    await first.close();
    const stored = await send(helper, { type: 'articles.byUrl', url: article.url });
    expect(stored!.progress).toBeGreaterThan(0.45);
    expect(stored!.progress).toBeLessThan(0.55);
    expect(stored!.status).toBe('unread');

    const again = await openReader(article.id);
    const fraction = await again.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight));
    expect(fraction).toBeGreaterThan(0.45);
    expect(fraction).toBeLessThan(0.55);
    await again.close();
  });

  test('reaching the end archives the article, and Keep it unread takes that back', async () => {
    const { article } = await saveClip(helper, longClip());
    const page = await openReader(article.id);
    await scrollTo(page, 1);
    await page.getByText('You reached the end, so this article is now archived.').first().waitFor();
    await expect(send(helper, { type: 'articles.get', id: article.id })).resolves.toMatchObject({ status: 'archived', progress: 1 });
    await page.getByRole('button', { name: 'Keep it unread' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).waitFor();
    await expect(send(helper, { type: 'articles.get', id: article.id })).resolves.toMatchObject({ status: 'unread' });
    await page.close();
  });

  test('display settings apply at once and are remembered for the next article', async () => {
    const [a, b] = [await saveClip(helper, longClip()), await saveClip(helper, sampleClip(2))];
    const page = await openReader(a.article.id);
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('radio', { name: 'Sans-serif' }).check();
    await page.getByRole('radio', { name: 'Sepia' }).check();
    await page.getByRole('checkbox', { name: 'Archive when I reach the end' }).uncheck();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontSize)).toBe('21px');
    await page.close();

    const next = await openReader(b.article.id);
    await next.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
    expect(await next.evaluate(readerLook)).toEqual(LARGER_SANS_SEPIA);
    await next.close();

    const stored = await helper.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { reader: unknown }).reader).toMatchObject({ fontSize: 21, fontFamily: 'sans', theme: 'sepia', archiveAtEnd: false });
  });

  test('with archiving at the end turned off, reaching the end keeps the article unread', async () => {
    await helper.evaluate(() => chrome.storage.local.set({ settings: { reader: { archiveAtEnd: false } } }));
    const { article } = await saveClip(helper, longClip());
    const page = await openReader(article.id);
    await scrollTo(page, 1);
    await expect(send(helper, { type: 'articles.get', id: article.id })).resolves.toMatchObject({ status: 'unread', progress: 1 });
    await page.close();
  });

  test('a link-only item offers the original, and fetching it now keeps its text', async () => {
    const url = server.url('pages/article.html');
    const { article } = await send(helper, { type: 'link.save', url, title: 'Sea wall', tags: [] });
    const page = await openReader(article.id);
    await expect(page.getByRole('link', { name: 'Open the original' }).getAttribute('href')).resolves.toBe(url);
    await page.getByRole('button', { name: 'Fetch the article now' }).click();
    await page.locator('.reader-body, .link-only-error').first().waitFor();
    expect(await page.locator('.link-only-error').allTextContents()).toEqual([]);
    await expect(page.locator('.reader-body').textContent()).resolves.toContain('The harbour town of Eastmere has rebuilt its sea wall');
    await expect(send(helper, { type: 'articles.get', id: article.id })).resolves.toMatchObject({ kind: 'article', byline: 'Mara Holt' });
    await page.close();
  });

  test('an unknown id says so and how to find the list', async () => {
    const page = await openReader('no-such-id');
    await expect(page.locator('.reader-note h1').textContent()).resolves.toBe('This article is not in your reading list');
    await page.close();
  });
});
