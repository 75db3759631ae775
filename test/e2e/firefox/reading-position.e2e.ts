import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sampleClip } from '../reading';
import { expectKeptTwice, picturesSettled, readerPosition, startSlowImages, type SlowImages } from '../slow-images';
import { firefoxSuite } from './suite';

const suite = firefoxSuite();
let images: SlowImages;

beforeAll(async () => {
  images = await startSlowImages();
  await suite.probe.send({ type: 'data.deleteAll' });
});
afterAll(async () => {
  await images?.close();
});

async function progressOf(id: string): Promise<number> {
  const article = await suite.probe.data({ type: 'articles.get', id });
  if (!article) throw new Error(`No article ${id}`);
  return article.progress;
}

async function openSettledReader(id: string): Promise<Page> {
  const page = await suite.session.browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  await suite.session.gotoExtensionPage(page, `reader/index.html?id=${id}`);
  await page.waitForSelector('.reader-body');
  await page.waitForFunction(picturesSettled, { timeout: 10_000 });
  // Past the save throttle: a restore that wrote progress would have written it by now.
  await new Promise((resolve) => setTimeout(resolve, 800));
  return page;
}

describe('the reader in Firefox keeps the reading position on a page whose pictures fail or come late', () => {
  test.each([0.4, 0.7, 0.15])('read to %s, closed, reopened twice: the same line of text, and the saved position untouched', async (fraction) => {
    const url = `https://slow.example/${fraction}`;
    const { article } = await suite.probe.data({ type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(1, { url, canonicalUrl: url, html: images.articleHtml }) });
    const first = await openSettledReader(article.id);
    await first.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), fraction);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const read = await first.evaluate(readerPosition);
    await first.close();
    const reopen = async () => {
      const page = await openSettledReader(article.id);
      return { position: await page.evaluate(readerPosition), close: () => page.close() };
    };
    await expectKeptTwice(reopen, () => progressOf(article.id), read);
  });
});
