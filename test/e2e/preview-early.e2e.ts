/**
 * The popup asks for the page's preview from its first, classic script, while the page is still
 * parsed and before any of its modules runs, and its bundle takes that answer over instead of
 * asking again. Order, not time: the one mark the request leaves against the page's own
 * navigation timing (modules run only once parsing is over, after domInteractive).
 */
import { expect, test } from 'vitest';
import { PREVIEW_ASKED } from '../../popup/ask-early';
import { popupOn } from './popup';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

test(`the popup asks for the preview once, before its modules run, and shows it, in ${BROWSER_TITLE}`, async () => {
  const { popup, close } = await popupOn(suite.session, suite.server.url('pages/byline-first-en.html'));
  await popup.waitFor('#clip-title');
  const { asked, parsed } = await popup.evaluate((name) => ({
    asked: performance.getEntriesByName(name).map((mark) => mark.startTime),
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  }), PREVIEW_ASKED);
  expect(asked).toHaveLength(1);
  expect(asked[0]!).toBeLessThan(parsed);
  await close();
});
