/**
 * The background's saves: every path (popup, context menu, shortcut) ends here, so a
 * save is written by the service worker whatever happens to the page that asked.
 */
import { browser } from '../platform/browser';
import type { Clip } from '../core/clip';
import { canonicalizeUrl } from '../core/url';
import type { ContentMode } from '../content/api';
import { getRepository } from './db';
import type { SaveResult } from '../protocol';
import { extractFromTab } from './tab-extract';

export interface TabInfo {
  id: number;
  url: string;
  title: string | null;
  favIconUrl: string | null;
}

export async function tabInfo(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url ?? '', title: tab.title ?? null, favIconUrl: tab.favIconUrl ?? null };
}

/** A link-only item: what the browser knows of the page, and no body. */
export function linkClip(url: string, title: string | null, faviconUrl: string | null = null): Clip {
  if (!url) throw { code: 'no-url', message: 'This tab has no address Quire can keep.' };
  return {
    url,
    canonicalUrl: canonicalizeUrl(url) ?? url,
    title: title?.trim() || null,
    byline: null,
    siteName: null,
    excerpt: null,
    lang: null,
    dir: null,
    publishedTime: null,
    modifiedTime: null,
    leadImageUrl: null,
    faviconUrl,
    wordCount: null,
    readingMinutes: null,
    suggestedTags: [],
    html: null,
    text: null,
  };
}

/** Reads the tab, or fails with the reason as the protocol error code and its message. */
export async function readTab(tab: TabInfo, mode: ContentMode): Promise<Clip> {
  const result = await extractFromTab(tab.id, tab.url, mode);
  if (!result.ok) throw { code: result.reason, message: result.message };
  return result.clip;
}

export function storeClip(clip: Clip, tags: string[], kind: 'article' | 'link'): Promise<SaveResult> {
  return getRepository().saveClip({ ...clip, tags, kind });
}

export function storeLink(url: string, title: string | null, tags: string[]): Promise<SaveResult> {
  return storeClip(linkClip(url, title), tags, 'link');
}
