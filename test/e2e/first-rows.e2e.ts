/**
 * The popup's first rows come before the search index: after the service worker was
 * stopped (as after a browser restart), the popup paints its rows from IndexedDB, and only
 * then does the background load the index, ready for the first keystroke. Order, not time:
 * both leave a performance mark, compared on the one wall clock.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, type ExtensionSession } from './harness';
import { sampleClip, saveClip, send } from './reading';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** Epoch milliseconds of a mark, on a page's or the worker's clock. */
const markAt = (name: string) => {
  const mark = performance.getEntriesByName(name)[0];
  return mark ? performance.timeOrigin + mark.startTime : null;
};

test('after the service worker stopped, the popup paints its first rows before the search index loads', async () => {
  const helper = await session.openExtensionPage('options/index.html');
  for (let n = 0; n < 25; n++) await saveClip(helper, sampleClip(n));
  // A search loads the index and its snapshot is written, as in a list used before a restart.
  await send(helper, { type: 'articles.list', query: { query: 'story', sort: 'relevance', order: 'desc', limit: 20 } });
  await helper.close();

  const cdp = await session.context.newCDPSession(await session.context.newPage());
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;

  const popup = await session.openExtensionPage('popup/index.html?view=list');
  await expect(popup.locator('.rows .row-title').first().textContent()).resolves.toBe('Story number 24');
  const rowsAt = await popup.waitForFunction(markAt, 'quire:list-rows').then((handle) => handle.jsonValue());
  // The popup's later requests start the worker again; Playwright keeps the one Worker for it.
  let indexAt: number | null = null;
  while (indexAt === null) {
    indexAt = await session.serviceWorker.evaluate(markAt, 'quire:search-index-loaded').catch(() => null);
    if (indexAt === null) await popup.waitForTimeout(50);
  }
  expect(rowsAt).toBeLessThan(indexAt);
  await popup.close();
});
