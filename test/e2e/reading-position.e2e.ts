import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { clearList, sampleClip, saveClip, send } from './reading';
import { expectKeptTwice, picturesSettled, readerPosition, startSlowImages, type SlowImages } from './slow-images';

let session: ExtensionSession;
let images: SlowImages;
let helper: Page;

beforeAll(async () => {
  [session, images] = await Promise.all([launchChromium(), startSlowImages()]);
  helper = await session.openExtensionPage('options/index.html');
  await clearList(helper);
});
afterAll(async () => {
  await Promise.all([session?.close(), images?.close()]);
});

async function openSettledReader(id: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(session.extensionUrl(`reader/index.html?id=${id}`));
  await page.locator('.reader-body').waitFor();
  await page.waitForFunction(picturesSettled, undefined, { timeout: 10_000 });
  // Past the save throttle: a restore that wrote progress would have written it by now.
  await page.waitForTimeout(800);
  return page;
}

describe('the reader keeps the reading position on a page whose pictures fail or come late', () => {
  test.each([0.4, 0.7, 0.15])('read to %s, closed, reopened twice: the same line of text, and the saved position untouched', async (fraction) => {
    const { article } = await saveClip(helper, sampleClip(1, { url: `https://slow.example/${fraction}`, canonicalUrl: `https://slow.example/${fraction}`, html: images.articleHtml }));
    const first = await openSettledReader(article.id);
    await first.evaluate((f) => window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), fraction);
    await first.waitForTimeout(800);
    const read = await first.evaluate(readerPosition);
    await first.close();
    const reopen = async () => {
      const page = await openSettledReader(article.id);
      return { position: await page.evaluate(readerPosition), close: () => page.close() };
    };
    await expectKeptTwice(reopen, async () => (await send(helper, { type: 'articles.get', id: article.id }))!.progress, read);
  });
});
