/**
 * The background's saves: every path (popup, context menu, shortcut) ends here, so a
 * save is written by the service worker whatever happens to the page that asked.
 */
import { linkOnlyClip, type Clip } from '../core/clip';
import { canonicalizeUrl } from '../core/url';
import type { ContentMode } from '../content/api';
import type { Repository } from '../storage';
import type { SaveResult } from '../protocol';
import type { TabExtract } from './tab-extract';
import type { ImageOutcome } from '../core/images/transfer';

export interface TabInfo {
  id: number;
  url: string;
  title: string | null;
  favIconUrl: string | null;
}

/** What the saves need of the browser's tabs; injected, so tests pass their own. */
export interface TabAccess {
  info(tabId: number): Promise<TabInfo>;
  extract(tabId: number, url: string, mode: ContentMode): Promise<TabExtract>;
  /**
   * Fetches a clip's images, then stores them with its saved article (images/index.ts); without it
   * (tests of other things), clips save without images.
   */
  images?: (tabId: number | null, clip: Clip) => Promise<(articleId: string) => Promise<ImageOutcome>>;
}

/** A link-only item: what the browser knows of the page, and no body. */
export function linkClip(url: string, title: string | null, faviconUrl: string | null = null): Clip {
  if (!url) throw { code: 'no-url', message: 'This tab has no address Quire can keep.' };
  return linkOnlyClip(url, canonicalizeUrl(url) ?? url, title?.trim() || null, faviconUrl);
}

/** Reads the tab, or fails with the reason as the protocol error code and its message. */
export async function readTab(tabs: TabAccess, tab: TabInfo, mode: ContentMode): Promise<Clip> {
  const result = await tabs.extract(tab.id, tab.url, mode);
  if (!result.ok) throw { code: result.reason, message: result.message };
  return result.clip;
}

export function storeClip(repository: Repository, clip: Clip, tags: string[], kind: 'article' | 'link'): Promise<SaveResult> {
  return repository.saveClip({ ...clip, tags, kind });
}

/**
 * An article and then its images, fetched while the article is written: the article is kept
 * whatever happens to the images, and they are stored only once it is.
 */
export async function storeArticle(repository: Repository, tabs: TabAccess, tabId: number | null, clip: Clip, tags: string[]): Promise<SaveResult> {
  const images = tabs.images?.(tabId, clip);
  // A failed save leaves the fetch unawaited: its failure is not the one to report.
  images?.catch(() => undefined);
  const saved = await storeClip(repository, clip, tags, 'article');
  return images ? { ...saved, images: await (await images)(saved.article.id) } : saved;
}

export function storeLink(repository: Repository, url: string, title: string | null, tags: string[]): Promise<SaveResult> {
  return storeClip(repository, linkClip(url, title), tags, 'link');
}
