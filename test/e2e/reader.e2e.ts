import { beforeEach, describe, expect, test } from 'vitest';
import type { Clip } from '../../src/core/clip';
import type { Tab } from './driver/session';
import { send, setSettings, startAfresh, storedSettings } from './probe';
import { LARGER_SANS_SEPIA, paragraphs, readerLook, sampleClip } from './reading';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

beforeEach(async () => {
  await startAfresh(suite.session);
});

const save = (clip: Clip) => send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip });
const stored = (id: string) => send(suite.session, { type: 'articles.get', id });
const longClip = () =>
  sampleClip(1, { title: 'A long read', html: `<p>Start with <a href="https://elsewhere.example/x">a link</a>.</p>${paragraphs(3000, 'long')}` });

async function openReader(id: string): Promise<Tab> {
  const page = await suite.session.openExtensionPage(`reader/index.html?id=${id}`);
  await page.waitFor('.reader-body, .link-only, .reader-note h1');
  return page;
}

const scrolled = () => scrollY / (document.documentElement.scrollHeight - innerHeight);

/** Scrolls like a reader would and waits past the save throttle. */
async function scrollTo(page: Tab, fraction: number): Promise<void> {
  await page.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), fraction);
  await page.pause(800);
}

describe(`the reader in ${BROWSER_TITLE}`, () => {
  test('shows a saved article with its facts, and its links open in a new tab without access back', async () => {
    const { article } = await save(longClip());
    const page = await openReader(article.id);
    expect(await page.text('h1.reader-title')).toBe('A long read');
    expect(await page.text('.reader-header')).toMatch(/News 1.*Writer 1.*Published.*Saved.*min/s);
    expect(await page.title()).toBe('A long read');
    const link = '.reader-body a[href="https://elsewhere.example/x"]';
    expect(await page.attr(link, 'target')).toBe('_blank');
    expect(await page.attr(link, 'rel')).toContain('noopener');
    expect(await page.attr('.reader-original', 'href')).toBe(article.url);
    await page.close();
  });

  test('returns to where the reader left off', async () => {
    const { article } = await save(longClip());
    const first = await openReader(article.id);
    expect(await first.text('h1.reader-title')).toBe('A long read');
    await scrollTo(first, 0.5);
    await first.close();
    const record = await stored(article.id);
    expect(record!.progress).toBeGreaterThan(0.45);
    expect(record!.progress).toBeLessThan(0.55);
    expect(record!.status).toBe('unread');

    const again = await openReader(article.id);
    await again.waitUntil(() => scrollY / (document.documentElement.scrollHeight - innerHeight) > 0.45);
    expect(await again.evaluate(scrolled)).toBeLessThan(0.55);
    await again.close();
  });

  test('reaching the end archives the article, and Keep it unread takes that back', async () => {
    const { article } = await save(longClip());
    const page = await openReader(article.id);
    await scrollTo(page, 1);
    await page.waitForText(/You reached the end, so this article is now archived\./);
    expect(await stored(article.id)).toMatchObject({ status: 'archived', progress: 1 });
    await page.button('Keep it unread');
    await page.hasButton('Archive');
    expect(await stored(article.id)).toMatchObject({ status: 'unread' });
    await page.close();
  });

  test('display settings apply at once and are remembered for the next article', async () => {
    const [a, b] = [await save(longClip()), await save(sampleClip(2))];
    const page = await openReader(a.article.id);
    await page.button('Display');
    await page.button('Larger text');
    await page.button('Larger text');
    await page.click('input[name="font"][value="sans"]');
    await page.click('input[name="theme"][value="sepia"]');
    await page.setChecked('.archive-at-end input', false);
    await page.waitUntil(() => document.documentElement.dataset.theme === 'sepia');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontSize)).toBe('21px');
    await page.close();

    const next = await openReader(b.article.id);
    await next.waitUntil(() => document.documentElement.dataset.theme === 'sepia');
    expect(await next.evaluate(readerLook)).toEqual(LARGER_SANS_SEPIA);
    await next.close();
    expect((await storedSettings(suite.session))?.reader).toMatchObject({ fontSize: 21, fontFamily: 'sans', theme: 'sepia', archiveAtEnd: false });
  });

  test('with archiving at the end turned off, reaching the end keeps the article unread', async () => {
    await setSettings(suite.session, { reader: { archiveAtEnd: false } });
    const { article } = await save(longClip());
    const page = await openReader(article.id);
    await scrollTo(page, 1);
    expect(await stored(article.id)).toMatchObject({ status: 'unread', progress: 1 });
    await page.close();
  });

  test('a link-only item offers the original, and fetching it now keeps its text', async () => {
    const url = suite.server.url('pages/article.html');
    const { article } = await send(suite.session, { type: 'link.save', url, title: 'Sea wall', tags: [] });
    const page = await openReader(article.id);
    const originals = await page.evaluate(() =>
      [...document.querySelectorAll('a')].filter((a) => a.textContent?.trim() === 'Open the original').map((a) => a.getAttribute('href')),
    );
    expect(originals).toEqual([url]);
    await page.button('Fetch the article now');
    await page.waitFor('.reader-body, .link-only-error');
    expect(await page.texts('.link-only-error')).toEqual([]);
    expect(await page.text('.reader-body')).toContain('The harbour town of Eastmere has rebuilt its sea wall');
    expect(await stored(article.id)).toMatchObject({ kind: 'article', byline: 'Mara Holt' });
    await page.close();
  });

  test('an unknown id says so and how to find the list', async () => {
    const page = await openReader('no-such-id');
    expect(await page.text('.reader-note h1')).toBe('This article is not in your reading list');
    expect(await page.text('.reader-note p')).toContain('Reading list');
    await page.close();
  });
});
