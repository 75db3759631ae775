/**
 * A saved clip's images: the page's own fetched in its tab, the others by the background when
 * allowed, capped, hashed and stored in a second transaction. The article is already saved:
 * a failure here (the storage full, the tab gone) leaves it without images and says so.
 */
import { capsOf, sha256Hex, withinBudget, type Fetched } from '../../core/images/budget';
import { base64ToBytes, type ImageOutcome, type PageImages, type PageImagesRequest } from '../../core/images/transfer';
import type { Clip } from '../../core/clip';
import type { ImageSettings } from '../../core/settings';
import type { Repository } from '../../storage';
import { StorageError } from '../../storage';
import { fetchRemote } from './remote';

export type PageImageFetcher = (tabId: number, request: PageImagesRequest) => Promise<PageImages>;

const NOTHING: PageImages = { urls: [], fetched: [], remote: [], tooLarge: 0, failed: 0 };

export async function saveImages(repository: Repository, fetchInTab: PageImageFetcher, tabId: number | null, articleId: string, clip: Clip, settings: ImageSettings): Promise<ImageOutcome> {
  if (!clip.html) return { stored: 0, needAccess: 0, skipped: 0, quota: false };
  const caps = capsOf(settings);
  const request = { html: clip.html, leadImageUrl: clip.leadImageUrl, maxImageBytes: caps.maxImageBytes };
  const page = tabId === null ? NOTHING : await fetchInTab(tabId, request).catch(() => NOTHING);
  // Other sites only with "Save images for offline reading" on, and from the origins granted.
  const remote = settings.offline ? await fetchRemote(page.remote, caps.maxImageBytes) : { fetched: [], needAccess: page.remote.length, skipped: 0 };
  const own: Fetched[] = page.fetched.map(({ url, type, base64 }) => ({ url, type, bytes: base64ToBytes(base64) }));
  const found = [...own, ...remote.fetched];
  const order = new Map(page.urls.map((url, i) => [url, i]));
  found.sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0));
  const kept = withinBudget(found, caps);
  const skipped = page.tooLarge + page.failed + remote.skipped + found.length - kept.length;
  const images = await Promise.all(kept.map(async ({ url, type, bytes }) => ({ url, hash: await sha256Hex(bytes), blob: new Blob([bytes], { type }) })));
  try {
    const stored = await repository.storeImages(articleId, images);
    return { stored, needAccess: remote.needAccess, skipped, quota: false };
  } catch (error) {
    const quota = error instanceof StorageError && error.code === 'quota';
    return { stored: 0, needAccess: remote.needAccess, skipped: skipped + images.length, quota };
  }
}
