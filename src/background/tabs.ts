/** The browser's tabs as the saves see them (TabAccess): the one place they are read for real. */
import { browser } from '../platform/browser';
import type { TabAccess } from './save';
import type { PageImageFetcher } from './images/save-images';
import { extractFromTab } from './tab-extract';
import type { PageImages } from '../core/images/transfer';

/** The tab's own images, fetched by the content script's second global (src/content/images.ts). */
export const pageImages: PageImageFetcher = async (tabId, request) => {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (r: typeof request) => window.__quireImages?.(r) ?? null,
    args: [request],
  });
  const result = injection?.result as PageImages | null | undefined;
  if (!result) throw new Error('The page did not answer for its images.');
  return result;
};

export const browserTabs: TabAccess = {
  async info(tabId) {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url ?? '', title: tab.title ?? null, favIconUrl: tab.favIconUrl ?? null };
  },
  extract: (tabId, url, mode) => extractFromTab(tabId, url, mode),
};
