/**
 * A saved clip's images: the page's own fetched in its tab, the others by the background when
 * allowed, capped and hashed while the article is written, then stored in a second transaction. The article is already saved:
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

/** A clip's images fetched, capped and hashed, ready to store once their article is saved. */
export interface FetchedImages {
  images: Parameters<Repository['storeImages']>[1];
  needAccess: number;
  skipped: number;
}

export async function fetchImages(fetchInTab: PageImageFetcher, tabId: number | null, clip: Clip, settings: ImageSettings): Promise<FetchedImages> {
  if (!clip.html) return { images: [], needAccess: 0, skipped: 0 };
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
  return { images, needAccess: remote.needAccess, skipped };
}

/** Stores the fetched images with their saved article; a full storage keeps the article without them and says so. */
export async function storeFetched(repository: Repository, articleId: string, { images, needAccess, skipped }: FetchedImages): Promise<ImageOutcome> {
  try {
    const stored = await repository.storeImages(articleId, images);
    return { stored, needAccess, skipped, quota: false };
  } catch (error) {
    const quota = error instanceof StorageError && error.code === 'quota';
    return { stored: 0, needAccess, skipped: skipped + images.length, quota };
  }
}
