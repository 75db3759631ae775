/**
 * "Fetch the article now" for an item saved as a link, once the site is allowed:
 * downloads the page and extracts it here, where there is a DOM; the background then
 * stores the clip. Loaded only when asked for, so opening the reader never pays for it.
 */
import type { Clip } from '../src/core/clip';
import { extractClip } from '../src/core/extract';
import { withMarkdown } from '../src/core/clip-markdown';
import { FetchArticleError } from './siteAccess';

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
  const result = withMarkdown(extractClip(doc, response.url || url));
  if (!result.ok) throw new FetchArticleError('no-article', result.message);
  return result.clip;
}
