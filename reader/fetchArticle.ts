/**
 * "Fetch the article now" for an item saved as a link: asks for access to that one site
 * at that moment (optional host permission), downloads the page, and extracts it here,
 * where there is a DOM; the background then stores the clip.
 */
import { browser } from '../src/platform/browser';
import type { Clip } from '../src/core/clip';
import { extractClip } from '../src/core/extract';

export type FetchFailure = 'denied' | 'network' | 'http' | 'not-html' | 'no-article';

export class FetchArticleError extends Error {
  constructor(
    readonly reason: FetchFailure,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Must be called straight from the click: permissions.request needs the user's gesture.
 * The pattern leaves out the port: Firefox never counts a pattern with a port as granted
 * (it would ask every time, even for a site already allowed), and without one it covers
 * every port in both browsers.
 */
export function askForSite(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  return browser.permissions.request({ origins: [`${protocol}//${hostname}/*`] });
}

export async function fetchAndExtract(url: string): Promise<Clip> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (error) {
    throw new FetchArticleError('network', (error as Error).message);
  }
  if (!response.ok) throw new FetchArticleError('http', String(response.status));
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new FetchArticleError('not-html', type);
  // DOMParser documents are inert: nothing in them loads or runs.
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  // A parsed document has no window of its own; extraction sanitizes against this page's.
  Object.defineProperty(doc, 'defaultView', { value: window });
  const result = extractClip(doc, response.url || url);
  if (!result.ok) throw new FetchArticleError('no-article', result.message);
  return result.clip;
}
