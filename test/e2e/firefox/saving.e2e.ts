import { beforeAll, describe, expect, test } from 'vitest';
import { firefoxSuite } from './suite';
import { button, waitForText } from './pages';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

const suite = firefoxSuite();


/** Opens the page in a tab, then the popup as a tab pointed at it. */
async function popupOn(url: string) {
  const web = await suite.session.openWebPage(url);
  const popup = await suite.session.openExtensionPage(`popup/index.html?tabId=${await suite.probe.tabIdOf(url)}`);
  return { web, popup, close: () => Promise.all([web.close(), popup.close()]) };
}

/**
 * Runs one of the background's save actions (what the context menu and the shortcut
 * call) on a tab. Firefox's background is a page, reached with getBackgroundPage().
 */
async function runAction(action: string, url: string, extra?: unknown): Promise<unknown> {
  const tabId = await suite.probe.tabIdOf(url);
  return suite.probe.page.evaluate(
    async (name, id, more) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as {
        quireActions: Record<string, (...args: unknown[]) => Promise<unknown>>;
      };
      const tab = await browser.tabs.get(id);
      const result = name === 'saveLinkFromMenu' ? background.quireActions[name]!(more, tab) : background.quireActions[name]!(tab);
      // The result belongs to the background's compartment: copy it into ours before returning it.
      return JSON.parse(JSON.stringify(await result));
    },
    action,
    tabId,
    extra,
  );
}

describe('saving from the popup in Firefox ESR', () => {
  test('the same page saved again stays one record, and the popup opens on "Saved on"', async () => {
    const url = suite.server.url('pages/cluttered.html');
    const first = await popupOn(url);
    await (await button(first.popup, 'Save')).click();
    await waitForText(first.popup, /Saved on /);
    const saved = await suite.probe.article(url);
    await first.close();

    const again = await popupOn(`${url}?utm_source=newsletter`);
    await waitForText(again.popup, /Saved on /);
    await (await button(again.popup, 'Update saved copy')).click();
    await waitForText(again.popup, /The saved copy is up to date\./);
    const list = await suite.probe.data({ type: 'articles.list', query: { sort: 'savedAt', order: 'desc', limit: 100 } });
    expect(list.items.filter((item) => item.canonicalUrl.includes('cluttered.html')).map((item) => item.id)).toEqual([saved.id]);
    await again.close();
  });

  test('the tag field completes from existing tags with the arrows, and Enter on an empty field saves', async () => {
    await suite.probe.data({ type: 'link.save', url: 'https://tagged.example/one', tags: ['world news'] });
    const url = suite.server.url('pages/article.html?keyboard=1');
    const { popup, close } = await popupOn(url);
    await popup.waitForFunction(() => document.activeElement?.id === 'clip-tags');
    const chips = () => popup.$$eval('.tag-input__chip span', (spans) => spans.map((span) => span.textContent));
    await popup.keyboard.type('wor');
    await popup.waitForSelector('[role="option"][id]');
    await popup.keyboard.press('ArrowDown');
    await popup.waitForFunction(() => document.querySelector('[role="option"][aria-selected="true"]')?.textContent === 'world news');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('draft');
    await popup.keyboard.press('Tab');
    expect(await chips()).toEqual(['world news', 'draft']);
    await popup.keyboard.press('Backspace');
    expect(await chips()).toEqual(['world news']);
    await popup.keyboard.press('Enter');
    await waitForText(popup, /Saved on /);
    expect((await suite.probe.article(url)).tags).toEqual(['world news']);
    await close();
  });

  test('extraction that takes over 5 seconds stops with a message and a way forward', async () => {
    const url = suite.server.url('pages/plain.html?busy=1');
    const web = await suite.session.openWebPage(url);
    const tabId = await suite.probe.tabIdOf(url);
    // The popup's tab is opened first: while a page is busy, opening a tab over BiDi waits for it.
    const popup = await suite.session.browser.newPage();
    // Then the page's main thread blocks for 12 s, so even a slow popup asks well within it
    // (a timer started at load would race the popup, and Firefox defers it once another tab
    // comes to the front).
    await web.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 12_000;
        while (Date.now() < end);
      }, 0);
    });
    await suite.session.gotoExtensionPage(popup, `popup/index.html?tabId=${tabId}`);
    const close = () => Promise.all([web.close(), popup.close()]);
    await waitForText(popup, /took more than 5 seconds/);
    await button(popup, 'Try again');
    await button(popup, 'Save link only');
    await close();
  });

  test('closing the popup right after Save still saves', async () => {
    const url = suite.server.url('pages/article.html?closing=1');
    const { web, popup } = await popupOn(url);
    await popup.waitForFunction(() => document.activeElement?.id === 'clip-tags');
    await popup.keyboard.type('harbour');
    await popup.keyboard.press('Enter');
    await (await button(popup, 'Save')).click();
    await popup.close();
    expect(await suite.probe.article(url)).toMatchObject({ title: 'Eastmere finishes its new sea wall', tags: ['harbour'], kind: 'article' });
    await web.close();
  });

  test('a page without an article offers the link or the page text, and saves a link-only item', async () => {
    const url = suite.server.url('pages/no-article.html');
    const { popup, close } = await popupOn(url);
    await waitForText(popup, /Quire found no article on this page\./);
    await button(popup, 'Save the page text as it is');
    await (await button(popup, 'Save link only')).click();
    await waitForText(popup, /Saved on /);
    expect(await suite.probe.article(url)).toMatchObject({ kind: 'link', title: 'Harbour photos', html: '', text: '' });
    await close();
  });

  test('"Save the page text as it is" keeps the visible text', async () => {
    const url = suite.server.url('pages/no-article.html?text=1');
    const { popup, close } = await popupOn(url);
    await (await button(popup, 'Save the page text as it is')).click();
    await waitForText(popup, /Saved on /);
    const saved = await suite.probe.article(url);
    expect(saved).toMatchObject({ kind: 'article', text: 'Boats at dawn\nThe new sea wall', html: '<p>Boats at dawn</p>\n<p>The new sea wall</p>' });
    await close();
  });

  test('a page extensions may not read says so and offers no preview', async () => {
    // Without the tabs permission a query cannot find about: tabs by address: the new tab is the one that was not there before.
    const tabIds = () => suite.probe.page.evaluate(async () => (await browser.tabs.query({})).map((tab) => tab.id!));
    const before = await tabIds();
    const web = await suite.session.openBrowserPage('about:robots');
    const tabId = (await tabIds()).find((id) => !before.includes(id));
    expect(tabId).toBeTypeOf('number');
    const popup = await suite.session.openExtensionPage(`popup/index.html?tabId=${tabId}`);
    await waitForText(popup, /Browsers do not let extensions read this page/);
    expect(await popup.$('#clip-title')).toBeNull();
    await Promise.all([web.close(), popup.close()]);
  });
});

describe('saving without the popup (context menu and shortcut) in Firefox ESR', () => {
  beforeAll(async () => {
    await suite.probe.page.evaluate(() => browser.storage.local.set({ settings: { defaultTags: ['inbox'] } }));
  });

  test('"Save page to Quire" saves the article with the default tags and marks the tab', async () => {
    const url = suite.server.url('pages/article.html?menu=page');
    const web = await suite.session.openWebPage(url);
    const result = await runAction('savePageFromTab', url);
    expect(result).toMatchObject({ created: true, article: { tags: ['inbox'], kind: 'article' } });
    const tabId = await suite.probe.tabIdOf(url);
    expect(await suite.probe.page.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    await web.close();
  });

  test('"Save link to Quire" keeps the link as an unread link-only item', async () => {
    const url = suite.server.url('pages/links.html');
    const web = await suite.session.openWebPage(url);
    await runAction('saveLinkFromMenu', url, { linkUrl: suite.server.url('pages/linked-target.html?utm_source=x'), linkText: 'A linked article' });
    const saved = await suite.probe.article(suite.server.url('pages/linked-target.html'));
    expect(saved).toMatchObject({ kind: 'link', title: 'A linked article', tags: ['inbox'], status: 'unread', html: '' });
    await web.close();
  });

  test('"Save selection to Quire" keeps the selection, sanitized, with the page\'s metadata', async () => {
    const url = suite.server.url('pages/links.html?selection=1');
    const web = await suite.session.openWebPage(url);
    await web.evaluate(() => window.getSelection()!.selectAllChildren(document.getElementById('chosen')!));
    await runAction('saveSelectionFromTab', url);
    const saved = await suite.probe.article(url);
    expect(saved).toMatchObject({ title: 'Links and a selection', siteName: 'Fixture Site', kind: 'article' });
    expect(saved.text).toContain('Keep this sentence with a relative link');
    expect(saved.html).toContain('<strong>this sentence</strong>');
    expect(saved.html).toContain(`href="${suite.server.url('pages/plain.html')}"`);
    expect(saved.html).not.toMatch(/onerror|Leave this one out/);
    expect(await web.evaluate(() => (window as { handlerRan?: boolean }).handlerRan)).toBeUndefined();
    await web.close();
  });

  test('the shortcut saves the current page', async () => {
    const url = suite.server.url('pages/article.html?shortcut=1');
    const web = await suite.session.openWebPage(url);
    await runAction('saveWithShortcut', url);
    expect((await suite.probe.article(url)).tags).toEqual(['inbox']);
    await web.close();
  });

  test('the badge follows navigation, and the showBadge setting turns it off', async () => {
    const saved = suite.server.url('pages/article.html?menu=page');
    const web = await suite.session.openWebPage(saved);
    const tabId = await suite.probe.tabIdOf(saved);
    const badge = () => suite.probe.page.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('✓');
    await web.goto(suite.server.url('pages/plain.html'));
    await expect.poll(badge).toBe('');
    await web.goto(saved);
    await expect.poll(badge).toBe('✓');
    await suite.probe.page.evaluate(() => browser.storage.local.set({ settings: { defaultTags: ['inbox'], showBadge: false } }));
    await expect.poll(badge).toBe('');
    await web.close();
  });

  test('nothing reached the tripwire proxy', () => {
    expect(suite.session.tripwire.hits).toEqual([]);
  });
});
