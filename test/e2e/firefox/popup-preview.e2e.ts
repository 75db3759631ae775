import { describe, expect, test } from 'vitest';
import { BYLINE_PAGES } from '../preview-pages';
import { firefoxSuite } from './suite';
import { button, waitForText } from './pages';

const suite = firefoxSuite();

async function popupOn(url: string) {
  const web = await suite.session.openWebPage(url);
  const popup = await suite.session.openExtensionPage(`popup/index.html?tabId=${await suite.probe.tabIdOf(url)}`);
  return { popup, close: () => Promise.all([web.close(), popup.close()]) };
}

describe('what the popup previews in Firefox ESR', () => {
  test('a page holding only a navigation list says it found no article and offers the link or the page text', async () => {
    const { popup, close } = await popupOn(suite.server.url('pages/site-index.html'));
    await waitForText(popup, /Quire found no article on this page\./);
    await button(popup, 'Save link only');
    await button(popup, 'Save the page text as it is');
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(/min read/);
    await close();
  });

  test.each(BYLINE_PAGES)('%s: the excerpt is the first paragraph of prose, not the byline "%s"', async (page, byline, prose) => {
    const { popup, close } = await popupOn(suite.server.url(`pages/${page}`));
    const excerpt = await popup.waitForSelector('.clip__excerpt');
    const text = await excerpt!.evaluate((el) => el.textContent);
    expect(text).toMatch(prose);
    expect(text).not.toContain(byline);
    await close();
  });
});
