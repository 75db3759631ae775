/**
 * Images from other sites than the page's: the background fetches them only from origins
 * the user granted (the optional host permission "Save images for offline reading" asks for).
 */
import { fetchImage } from '../../core/images/fetch-image';
import type { Fetched } from '../../core/images/budget';
import { browser } from '../../platform/browser';

/** The site's match pattern, without a port: Firefox never matches a pattern that has one, and a granted site covers every port in both browsers. */
function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export async function mayFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

export interface RemoteImages {
  fetched: Fetched[];
  needAccess: number;
  skipped: number;
}

export async function fetchRemote(urls: string[], maxImageBytes: number): Promise<RemoteImages> {
  const allowed = await Promise.all(urls.map(mayFetch));
  const granted = urls.filter((_, i) => allowed[i]);
  const results = await Promise.all(granted.map((url) => fetchImage(url, maxImageBytes)));
  return {
    fetched: results.flatMap((r, i) => (r.ok ? [{ url: granted[i]!, type: r.type, bytes: r.bytes }] : [])),
    needAccess: urls.length - granted.length,
    skipped: results.filter((r) => !r.ok).length,
  };
}
