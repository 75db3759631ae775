import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Tab } from './driver/session';
import { send, startAfresh } from './probe';
import { sampleClip } from './reading';
import { expectKeptTwice, picturesSettled, readerPosition, startSlowImages, type SlowImages } from './slow-images';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();
let images: SlowImages;

beforeAll(async () => {
  images = await startSlowImages();
  await startAfresh(suite.session);
});
afterAll(async () => {
  await images?.close();
});

async function openSettledReader(id: string): Promise<Tab> {
  const page = await suite.session.openExtensionPage(`reader/index.html?id=${id}`);
  await page.waitFor('.reader-body');
  await page.waitUntil(picturesSettled);
  // Past the save throttle: a restore that wrote progress would have written it by now.
  await page.pause(800);
  return page;
}

describe(`the reader in ${BROWSER_TITLE} keeps the reading position on a page whose pictures fail or come late`, () => {
  test.each([0.4, 0.7, 0.15])('read to %s, closed, reopened twice: the same line of text, and the saved position untouched', async (fraction) => {
    const url = `https://slow.example/${fraction}`;
    const { article } = await send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(1, { url, canonicalUrl: url, html: images.articleHtml }) });
    const first = await openSettledReader(article.id);
    await first.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), fraction);
    await first.pause(800);
    const read = await first.evaluate(readerPosition);
    await first.close();
    const reopen = async () => {
      const page = await openSettledReader(article.id);
      return { position: await page.evaluate(readerPosition), close: () => page.close() };
    };
    await expectKeptTwice(reopen, async () => (await send(suite.session, { type: 'articles.get', id: article.id }))!.progress, read);
  });
});
