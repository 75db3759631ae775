/** Opening an article: in Quire's reader, or its original page. Both in a new tab, which also closes the popup. */
import { browser } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';

export function readerUrl(id: string): string {
  return browser.runtime.getURL(`reader/index.html?id=${encodeURIComponent(id)}`);
}

export async function openInReader(meta: ArticleMeta): Promise<void> {
  await browser.tabs.create({ url: readerUrl(meta.id) });
}

export async function openOriginal(meta: ArticleMeta): Promise<void> {
  await browser.tabs.create({ url: meta.url });
}
