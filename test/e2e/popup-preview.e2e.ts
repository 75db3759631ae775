import { describe, expect, test } from 'vitest';
import { popupOn } from './popup';
import { BYLINE_PAGES } from './preview-pages';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

describe(`what the popup previews in ${BROWSER_TITLE}`, () => {
  test('a page holding only a navigation list says it found no article and offers the link or the page text', async () => {
    const { popup, close } = await popupOn(suite.session, suite.server.url('pages/site-index.html'));
    await popup.waitForText(/Quire found no article on this page\./);
    await popup.hasButton('Save link only');
    await popup.hasButton('Save the page text as it is');
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(/min read/);
    await close();
  });

  test.each(BYLINE_PAGES)('%s: the excerpt is the first paragraph of prose, not the byline "%s"', async (page, byline, prose) => {
    const { popup, close } = await popupOn(suite.session, suite.server.url(`pages/${page}`));
    await popup.waitFor('.clip__excerpt');
    const text = await popup.text('.clip__excerpt');
    expect(text).toMatch(prose);
    expect(text).not.toContain(byline);
    await close();
  });
});

describe(`the popup on a page already saved, in ${BROWSER_TITLE}`, () => {
  test('"Saved on …" shows the published date its preview showed, after the save and when opened again', async () => {
    const url = suite.server.url('pages/byline-first-en.html');
    const first = await popupOn(suite.session, url);
    await first.popup.hasButton('Save');
    const previewed = await first.popup.text('.clip__facts');
    expect(previewed).toMatch(/Published \S/);
    const published = /Published [^·]+/.exec(previewed)![0].trim();
    await first.popup.button('Save');
    await first.popup.waitForText(/Saved on /);
    expect(await first.popup.text('.clip__facts')).toContain(published);
    await first.close();

    const again = await popupOn(suite.session, url);
    await again.popup.waitForText(/Saved on /);
    expect(await again.popup.text('.clip__facts')).toContain(published);
    await again.close();
  });
});
