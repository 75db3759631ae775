import { beforeAll, describe, expect, test } from 'vitest';
import type { Session } from './driver/session';
import { article, badge, setSettings, tabIdOf } from './probe';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

/** Runs one of the background's save actions (what the context menu and the shortcut call) on the tab at `url`. */
async function runAction(session: Session, action: string, url: string, extra?: unknown): Promise<unknown> {
  const tabId = await tabIdOf(session, url);
  return session.background(
    async (scope, api, name, id, more) => {
      const actions = scope.quireActions as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const tab = await api.tabs.get(id);
      return name === 'saveLinkFromMenu' ? actions[name]!(more, tab) : actions[name]!(tab);
    },
    action,
    tabId,
    extra,
  );
}

describe(`saving without the popup (context menu and shortcut) in ${BROWSER_TITLE}`, () => {
  beforeAll(async () => {
    await setSettings(suite.session, { defaultTags: ['inbox'] });
  });

  test('"Save page to Quire" saves the article with the default tags and marks the tab', async () => {
    const url = suite.server.url('pages/article.html?menu=page');
    const web = await suite.session.openPage(url);
    const result = await runAction(suite.session, 'savePageFromTab', url);
    expect(result).toMatchObject({ created: true, article: { tags: ['inbox'], kind: 'article' } });
    expect(await badge(suite.session, await tabIdOf(suite.session, url))).toBe('✓');
    await web.close();
  });

  test('"Save link to Quire" keeps the link as an unread link-only item', async () => {
    const url = suite.server.url('pages/links.html');
    const web = await suite.session.openPage(url);
    await runAction(suite.session, 'saveLinkFromMenu', url, { linkUrl: suite.server.url('pages/linked-target.html?utm_source=x'), linkText: 'A linked article' });
    const saved = await article(suite.session, suite.server.url('pages/linked-target.html'));
    expect(saved).toMatchObject({ kind: 'link', title: 'A linked article', tags: ['inbox'], status: 'unread', html: '' });
    await web.close();
  });

  test('"Save selection to Quire" keeps the selection, sanitized, with the page\'s metadata', async () => {
    const url = suite.server.url('pages/links.html?selection=1');
    const web = await suite.session.openPage(url);
    await web.evaluate(() => window.getSelection()!.selectAllChildren(document.getElementById('chosen')!));
    await runAction(suite.session, 'saveSelectionFromTab', url);
    const saved = await article(suite.session, url);
    expect(saved).toMatchObject({ title: 'Links and a selection', siteName: 'Fixture Site', kind: 'article' });
    expect(saved.text).toContain('Keep this sentence with a relative link');
    expect(saved.html).toContain('<strong>this sentence</strong>');
    expect(saved.html).toContain(`href="${suite.server.url('pages/plain.html')}"`);
    expect(saved.html).not.toMatch(/onerror|Leave this one out/);
    expect(await web.evaluate(() => (window as { handlerRan?: boolean }).handlerRan)).toBeUndefined();
    await web.close();
  });

  test('the shortcut saves the current page and confirms on the badge', async () => {
    const url = suite.server.url('pages/article.html?shortcut=1');
    const web = await suite.session.openPage(url);
    await runAction(suite.session, 'saveWithShortcut', url);
    expect((await article(suite.session, url)).tags).toEqual(['inbox']);
    expect(await badge(suite.session, await tabIdOf(suite.session, url))).toBe('✓');
    await web.close();
  });

  test('the badge follows navigation, and the showBadge setting turns it off', async () => {
    const saved = suite.server.url('pages/article.html?menu=page');
    const web = await suite.session.openPage(saved);
    const tabId = await tabIdOf(suite.session, saved);
    const mark = () => badge(suite.session, tabId);
    await expect.poll(mark).toBe('✓');
    await web.goto(suite.server.url('pages/plain.html'));
    await expect.poll(mark).toBe('');
    await web.goto(saved);
    await expect.poll(mark).toBe('✓');
    await setSettings(suite.session, { defaultTags: ['inbox'], showBadge: false });
    await expect.poll(mark).toBe('');
    await web.close();
  });
});
