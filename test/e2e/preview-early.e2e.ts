/**
 * The popup asks for the page's preview from its first, classic script, started while the page
 * is still parsed, and its bundle takes that answer over instead of asking again. Order, not
 * time: the request's one mark names who sent it (a timestamp against domInteractive is not a
 * sound order: the script's tab query is asynchronous, and Firefox's clock is coarse).
 */
import { expect, test } from 'vitest';
import { PREVIEW_ASKED, type PreviewAsker } from '../../popup/ask-early';
import { popupOn } from './popup';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

test(`the popup's first script asks for the preview once, and the popup shows its answer, in ${BROWSER_TITLE}`, async () => {
  const { popup, close } = await popupOn(suite.session, suite.server.url('pages/byline-first-en.html'));
  await popup.waitFor('#clip-title');
  const askers = await popup.evaluate(
    (name) => performance.getEntriesByName(name).map((mark) => (mark as PerformanceMark).detail as PreviewAsker),
    PREVIEW_ASKED,
  );
  expect(askers).toEqual(['first-script']);
  await close();
});
