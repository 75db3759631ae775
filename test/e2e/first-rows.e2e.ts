/**
 * The popup's first rows come before the search index: with the index not loaded (as
 * after a browser restart), the popup paints its rows from IndexedDB, and only then does
 * the background load the index, ready for the first keystroke. Order, not time: both leave
 * a performance mark, compared on the one wall clock.
 */
import { expect, test } from 'vitest';
import { SNAPSHOT_KEY } from '../../src/ui/snapshot/store';
import { LIVE_LIST } from './popup';
import { send, startAfresh } from './probe';
import { sampleClip } from './reading';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

const INDEX_LOADED = 'quire:search-index-loaded';

test(`the popup paints its first rows before the background loads the search index, in ${BROWSER_TITLE}`, async () => {
  // Emptying the list unloads the index; saving does not load it again.
  await startAfresh(suite.session);
  for (let n = 0; n < 25; n++) await send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(n) });
  await suite.session.background((scope, _api, name) => (scope.performance as Performance).clearMarks(name), INDEX_LOADED);

  const popup = await suite.session.openExtensionPage('popup/index.html?view=list');
  await popup.waitFor(`${LIVE_LIST} .rows .row-title`);
  expect(await popup.text('.rows .row-title')).toBe('Story number 24');
  const markAt = (name: string) => {
    const mark = performance.getEntriesByName(name).at(-1);
    return mark ? performance.timeOrigin + mark.startTime : null;
  };
  await popup.waitUntil(markAt, 'quire:list-rows');
  const rowsAt = await popup.evaluate(markAt, 'quire:list-rows');
  let indexAt: number | null = null;
  while (indexAt === null) {
    // The background's own clock: its global scope, not the page the driver runs this from.
    indexAt = await suite.session.background((scope, _api, name) => {
      const clock = scope.performance as Performance;
      const mark = clock.getEntriesByName(name).at(-1);
      return mark ? clock.timeOrigin + mark.startTime : null;
    }, INDEX_LOADED);
    if (indexAt === null) await popup.pause(50);
  }
  expect(rowsAt).toBeLessThan(indexAt);
  await popup.close();
});

/** The mark the popup's snapshot script leaves once it has built the snapshot's rows. */
const SNAPSHOT_BUILT = 'quire:list-snapshot';

test(`the popup paints the list's last first screen before its own IndexedDB read, and the real rows replace an old one, in ${BROWSER_TITLE}`, async () => {
  await startAfresh(suite.session);
  for (let n = 0; n < 3; n++) await send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(n) });
  const first = await suite.session.openExtensionPage('popup/index.html?view=list');
  await first.waitFor(`${LIVE_LIST} .rows .row-title`);
  await first.waitUntil((key) => (localStorage.getItem(key) ?? '').includes('Story number 2'), SNAPSHOT_KEY);
  // Titles, sites and states, never a body (sampleClip's paragraphs are made of words like w2x…).
  expect(await first.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY)).not.toMatch(/w[0-9]x/);
  await first.close();

  // The list changes elsewhere (a shortcut, the menu, an import): the snapshot is now old.
  await send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(3, { title: 'Saved from the menu' }) });
  const popup = await suite.session.openExtensionPage('popup/index.html?view=list');
  await popup.waitFor(`${LIVE_LIST} .rows .row-title`);
  expect(await popup.texts('.rows .row-title')).toEqual(['Saved from the menu', 'Story number 2', 'Story number 1', 'Story number 0']);
  const marked = (names: string[]) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null);
  const [snapshotAt, readAt] = await popup.evaluate(marked, [SNAPSHOT_BUILT, 'quire:first-page-read']);
  expect(snapshotAt).not.toBeNull();
  expect(snapshotAt!).toBeLessThan(readAt!);
  await popup.waitUntil((key) => (localStorage.getItem(key) ?? '').includes('Saved from the menu'), SNAPSHOT_KEY);
  await popup.close();
});

test(`the popup's styles are in its page, allowed by their hash in the CSP, so its first rows wait for no stylesheet, in ${BROWSER_TITLE}`, async () => {
  await startAfresh(suite.session);
  const popup = await suite.session.openExtensionPage('popup/index.html?view=list');
  await popup.waitFor('#app .list-view');
  const styles = await popup.evaluate(() => ({
    linked: document.querySelectorAll('link[rel="stylesheet"]').length,
    inline: document.querySelectorAll('style').length,
    // popup.css sets the popup's width: a <style> the CSP refused would leave the page's default.
    width: getComputedStyle(document.body).width,
  }));
  expect(styles).toEqual({ linked: 0, inline: 1, width: '400px' });
  await popup.close();
});
