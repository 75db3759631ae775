/**
 * Saves made without the popup. The context menu and the shortcut listeners call these
 * and nothing else; they are also on the worker's global as `quireActions`, reachable
 * only from Quire's own service worker (its devtools, or a real-browser test), so the
 * paths a headless browser cannot click are tested exactly as the listeners run them.
 */
import { browser, type Tabs } from '../platform/browser';
import { loadSettings } from '../platform/settings';
import type { SaveResult } from '../protocol';
import { confirmOnBadge } from './badge';
import type { Repository } from '../storage';
import { highlightSelection } from './highlight-action';
import { linkClip, readTab, storeArticle, storeClip, storeLink, type TabAccess, type TabInfo } from './save';

function info(tab: Tabs.Tab): TabInfo {
  if (tab.id === undefined) throw { code: 'no-tab', message: 'There is no page to save.' };
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? null, favIconUrl: tab.favIconUrl ?? null };
}

async function defaultTags(): Promise<string[]> {
  return (await loadSettings()).defaultTags;
}

export interface LinkClick {
  linkUrl?: string;
  linkText?: string;
}

export function createClipActions(repository: Repository, tabs: TabAccess) {
  /** Nobody is there to choose, so a page without a readable article is kept as a link. */
  function savePageFromTab(tab: Tabs.Tab): Promise<SaveResult> {
    return confirmOnBadge(tab.id, async () => {
      const page = info(tab);
      const [read, tags] = await Promise.all([tabs.extract(page.id, page.url, 'article'), defaultTags()]);
      if (read.ok) return storeArticle(repository, tabs, page.id, read.clip, tags);
      return storeClip(repository, linkClip(page.url, page.title, page.favIconUrl), tags, 'link');
    });
  }

  function saveLinkFromMenu(click: LinkClick, tab?: Tabs.Tab): Promise<SaveResult> {
    return confirmOnBadge(tab?.id, async () => storeLink(repository, click.linkUrl ?? '', click.linkText ?? null, await defaultTags()));
  }

  function saveSelectionFromTab(tab: Tabs.Tab): Promise<SaveResult> {
    return confirmOnBadge(tab.id, async () => {
      const [clip, tags] = await Promise.all([readTab(tabs, info(tab), 'selection'), defaultTags()]);
      return storeArticle(repository, tabs, tab.id ?? null, clip, tags);
    });
  }

  /** Chrome passes the tab with the command; when a browser does not, it is the active one. */
  async function saveWithShortcut(tab?: Tabs.Tab): Promise<SaveResult> {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!target) throw { code: 'no-tab', message: 'There is no page to save.' };
    return savePageFromTab(target);
  }

  /** "Highlight with Quire": saves the page first when it is not in the list. */
  function highlightSelectionFromTab(tab: Tabs.Tab, selectionText: string | undefined) {
    return confirmOnBadge(tab.id, async () => highlightSelection(repository, tabs, info(tab), selectionText, await defaultTags()));
  }

  return { savePageFromTab, saveLinkFromMenu, saveSelectionFromTab, saveWithShortcut, highlightSelectionFromTab };
}

export type ClipActions = ReturnType<typeof createClipActions>;
