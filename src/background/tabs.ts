/** The browser's tabs as the saves see them (TabAccess): the one place they are read for real. */
import { browser } from '../platform/browser';
import type { TabAccess } from './save';
import { extractFromTab } from './tab-extract';

export const browserTabs: TabAccess = {
  async info(tabId) {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url ?? '', title: tab.title ?? null, favIconUrl: tab.favIconUrl ?? null };
  },
  extract: (tabId, url, mode) => extractFromTab(tabId, url, mode),
};
