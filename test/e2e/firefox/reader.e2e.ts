import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Clip } from '../../../src/core/clip';
import { LARGER_SANS_SEPIA, paragraphs, readerLook, sampleClip } from '../reading';
import { firefoxSuite } from './suite';
import { button, waitForText } from './pages';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

const suite = firefoxSuite();

beforeEach(async () => {
  await suite.probe.send({ type: 'data.deleteAll' });
  await suite.probe.page.evaluate(() => browser.storage.local.clear());
});

const save = (clip: Clip) => suite.probe.data({ type: 'page.save', tabId: 0, mode: 'article', tags: [], clip });
async function stored(id: string) {
  const article = await suite.probe.data({ type: 'articles.get', id });
  if (!article) throw new Error(`No article ${id}`);
  return article;
}

const longClip = () =>
  sampleClip(1, { title: 'A long read', html: `<p>Start with <a href="https://elsewhere.example/x">a link</a>.</p>${paragraphs(3000, 'long')}` });

async function openReader(id: string): Promise<Page> {
  const page = await suite.session.browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  await suite.session.gotoExtensionPage(page, `reader/index.html?id=${id}`);
  await page.waitForSelector('.reader-body, .link-only, .reader-note h1');
  return page;
}

/** Scrolls like a reader would and waits past the save throttle. */
async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), fraction);
  await new Promise((resolve) => setTimeout(resolve, 800));
}

describe('the reader in Firefox ESR', () => {
  test('shows a saved article with its facts, and its links open in a new tab without access back', async () => {
    const { article } = await save(longClip());
    const page = await openReader(article.id);
    expect(await page.$eval('h1.reader-title', (h) => h.textContent)).toBe('A long read');
    expect(await page.$eval('.reader-header', (header) => header.textContent)).toMatch(/News 1.*Writer 1.*Published.*Saved.*min/s);
    expect(await page.title()).toBe('A long read');
    const link = await page.$eval('.reader-body a[href="https://elsewhere.example/x"]', (a) => [a.getAttribute('target'), a.getAttribute('rel')]);
    expect(link[0]).toBe('_blank');
    expect(link[1]).toContain('noopener');
    expect(await page.$eval('.reader-original', (a) => a.getAttribute('href'))).toBe(article.url);
    await page.close();
  });

  test('returns to where the reader left off', async () => {
    const { article } = await save(longClip());
    const first = await openReader(article.id);
    expect(await first.$eval('h1.reader-title', (h) => h.textContent)).toBe('A long read');
    await scrollTo(first, 0.5);
    await first.close();
    const progress = (await stored(article.id)).progress;
    expect(progress).toBeGreaterThan(0.45);
    expect(progress).toBeLessThan(0.55);

    const again = await openReader(article.id);
    await again.waitForFunction(() => scrollY / (document.documentElement.scrollHeight - innerHeight) > 0.45);
    expect(await again.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight))).toBeLessThan(0.55);
    await again.close();
  });

  test('reaching the end archives the article, and Keep it unread takes that back', async () => {
    const { article } = await save(longClip());
    const page = await openReader(article.id);
    await scrollTo(page, 1);
    await waitForText(page, /You reached the end, so this article is now archived\./);
    expect(await stored(article.id)).toMatchObject({ status: 'archived', progress: 1 });
    await (await button(page, 'Keep it unread')).click();
    await button(page, 'Archive');
    expect(await stored(article.id)).toMatchObject({ status: 'unread' });
    await page.close();
  });

  test('display settings apply at once and are remembered for the next article', async () => {
    const [a, b] = [await save(longClip()), await save(sampleClip(2))];
    const page = await openReader(a.article.id);
    await (await button(page, 'Display')).click();
    await (await button(page, 'Larger text')).click();
    await (await button(page, 'Larger text')).click();
    await page.click('input[name="font"][value="sans"]');
    await page.click('input[name="theme"][value="sepia"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontSize)).toBe('21px');
    await page.close();

    const next = await openReader(b.article.id);
    await next.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
    expect(await next.evaluate(readerLook)).toEqual(LARGER_SANS_SEPIA);
    await next.close();
  });

  test('a link-only item offers the original, and fetching it now keeps its text', async () => {
    const url = suite.server.url('pages/article.html');
    const { article } = await suite.probe.data({ type: 'link.save', url, title: 'Sea wall', tags: [] });
    const page = await openReader(article.id);
    const originals = await page.$$eval('a', (links) => links.filter((a) => a.textContent?.trim() === 'Open the original').map((a) => a.getAttribute('href')));
    expect(originals).toEqual([url]);
    await (await button(page, 'Fetch the article now')).click();
    await page.waitForSelector('.reader-body, .link-only-error');
    expect(await page.$$eval('.link-only-error', (errors) => errors.map((e) => e.textContent))).toEqual([]);
    expect(await page.$eval('.reader-body', (body) => body.textContent)).toContain('The harbour town of Eastmere has rebuilt its sea wall');
    expect(await stored(article.id)).toMatchObject({ kind: 'article', byline: 'Mara Holt' });
    await page.close();
  });

  test('an unknown id says so', async () => {
    const page = await openReader('no-such-id');
    expect(await page.$eval('.reader-note h1', (h) => h.textContent)).toBe('This article is not in your reading list');
    await page.close();
  });

  test('nothing reached the tripwire proxy', () => {
    expect(suite.session.tripwire.hits).toEqual([]);
  });
});
