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
import { linkClip, readTab, storeClip, storeLink, type TabInfo } from './save';
import { extractFromTab } from './tab-extract';

function info(tab: Tabs.Tab): TabInfo {
  if (tab.id === undefined) throw { code: 'no-tab', message: 'There is no page to save.' };
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? null, favIconUrl: tab.favIconUrl ?? null };
}

async function defaultTags(): Promise<string[]> {
  return (await loadSettings()).defaultTags;
}

/** Nobody is there to choose, so a page without a readable article is kept as a link. */
export function savePageFromTab(tab: Tabs.Tab): Promise<SaveResult> {
  return confirmOnBadge(tab.id, async () => {
    const page = info(tab);
    const [read, tags] = await Promise.all([extractFromTab(page.id, page.url, 'article'), defaultTags()]);
    if (read.ok) return storeClip(read.clip, tags, 'article');
    return storeClip(linkClip(page.url, page.title, page.favIconUrl), tags, 'link');
  });
}

export interface LinkClick {
  linkUrl?: string;
  linkText?: string;
}

export function saveLinkFromMenu(click: LinkClick, tab?: Tabs.Tab): Promise<SaveResult> {
  return confirmOnBadge(tab?.id, async () => storeLink(click.linkUrl ?? '', click.linkText ?? null, await defaultTags()));
}

export function saveSelectionFromTab(tab: Tabs.Tab): Promise<SaveResult> {
  return confirmOnBadge(tab.id, async () => {
    const [clip, tags] = await Promise.all([readTab(info(tab), 'selection'), defaultTags()]);
    return storeClip(clip, tags, 'article');
  });
}

/** Chrome passes the tab with the command; when a browser does not, it is the active one. */
export async function saveWithShortcut(tab?: Tabs.Tab): Promise<SaveResult> {
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!target) throw { code: 'no-tab', message: 'There is no page to save.' };
  return savePageFromTab(target);
}

export const clipActions = { savePageFromTab, saveLinkFromMenu, saveSelectionFromTab, saveWithShortcut };
export type ClipActions = typeof clipActions;
