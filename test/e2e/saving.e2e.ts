import { describe, expect, test } from 'vitest';
import { popupOn, tagsFocused } from './popup';
import { article, send, tabIdOf } from './probe';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

describe(`saving from the popup in ${BROWSER_TITLE}`, () => {
  test('the tag field completes from existing tags with the arrows, and Enter on an empty field saves', async () => {
    await send(suite.session, { type: 'link.save', url: 'https://tagged.example/one', tags: ['world news'] });
    const url = suite.server.url('pages/article.html?keyboard=1');
    const { popup, close } = await popupOn(suite.session, url);
    await tagsFocused(popup);
    const chips = () => popup.texts('.tag-input__chip span');
    await popup.type('wor');
    await popup.waitFor('[role="option"][id]');
    await popup.press('ArrowDown');
    await popup.waitUntil(() => document.querySelector('[role="option"][aria-selected="true"]')?.textContent === 'world news');
    await popup.press('Enter');
    await popup.type('draft');
    await popup.press('Tab');
    expect(await chips()).toEqual(['world news', 'draft']);
    await popup.press('Backspace');
    expect(await chips()).toEqual(['world news']);
    await popup.press('Enter');
    await popup.waitForText(/Saved on /);
    expect((await article(suite.session, url)).tags).toEqual(['world news']);
    await close();
  });

  test('closing the popup right after Save still saves', async () => {
    const url = suite.server.url('pages/article.html?closing=1');
    const { web, popup } = await popupOn(suite.session, url);
    await tagsFocused(popup);
    await popup.type('harbour');
    await popup.press('Enter');
    await popup.button('Save');
    await popup.close();
    expect(await article(suite.session, url)).toMatchObject({ title: 'Eastmere finishes its new sea wall', tags: ['harbour'], kind: 'article' });
    await web.close();
  });

  test('a page without an article offers the link or the page text, and saves a link-only item', async () => {
    const url = suite.server.url('pages/no-article.html');
    const { popup, close } = await popupOn(suite.session, url);
    await popup.waitForText(/Quire found no article on this page\./);
    await popup.hasButton('Save the page text as it is');
    await popup.button('Save link only');
    await popup.waitForText(/Saved on /);
    expect(await article(suite.session, url)).toMatchObject({ kind: 'link', title: 'Harbour photos', html: '', text: '' });
    await close();
  });

  test('"Save the page text as it is" keeps the visible text', async () => {
    const url = suite.server.url('pages/no-article.html?text=1');
    const { popup, close } = await popupOn(suite.session, url);
    await popup.button('Save the page text as it is');
    await popup.waitForText(/Saved on /);
    const saved = await article(suite.session, url);
    expect(saved).toMatchObject({ kind: 'article', text: 'Boats at dawn\nThe new sea wall', html: '<p>Boats at dawn</p>\n<p>The new sea wall</p>' });
    await close();
  });

  test('extraction that takes over 5 seconds stops with a message and a way forward', async () => {
    const url = suite.server.url('pages/plain.html?busy=1');
    const web = await suite.session.openPage(url);
    const tabId = await tabIdOf(suite.session, url);
    // The popup's tab is opened first: while a page is busy, Firefox waits for it before opening a tab over BiDi.
    const popup = await suite.session.newTab();
    // Then the page's main thread blocks for 12 s, so even a slow popup asks well within it (a timer
    // started at load would race the popup, and Firefox defers it once another tab comes to the front).
    await web.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 12_000;
        while (Date.now() < end);
      }, 0);
    });
    await popup.gotoExtension(`popup/index.html?tabId=${tabId}`);
    await popup.waitForText(/took more than 5 seconds/, 9000);
    await popup.hasButton('Try again');
    await popup.hasButton('Save link only');
    await Promise.all([web.close(), popup.close()]);
  });

  test('a page extensions may not read says so and offers no preview', async () => {
    const restricted = await suite.session.openRestrictedPage();
    const popup = await suite.session.openExtensionPage(`popup/index.html?tabId=${restricted.tabId}`);
    await popup.waitForText(/Browsers do not let extensions read this page/);
    expect(await popup.count('#clip-title')).toBe(0);
    await Promise.all([restricted.close(), popup.close()]);
  });
});
