/**
 * The popup's first rows come before the search index: with the index not loaded (as
 * after a browser restart), the popup paints its rows from IndexedDB, and only then does
 * the background load the index, ready for the first keystroke. Order, not time: both leave
 * a performance mark, compared on the one wall clock.
 */
import { expect, test } from 'vitest';
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
  await popup.waitFor('.rows .row-title');
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
