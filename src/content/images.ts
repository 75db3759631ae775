/**
 * The clip's images from the page's own origin, fetched in the tab (activeTab lets Quire
 * into the page, and the page may load its own images); other origins are left to the
 * background, which may fetch them only with the optional host permission.
 */
import { imageAddresses } from '../core/images/choose';
import { fetchImage } from '../core/images/fetch-image';
import { bytesToBase64, type FetchedImage, type PageImages, type PageImagesRequest } from '../core/images/transfer';

declare global {
  interface Window {
    __quireImages?: (request: PageImagesRequest) => Promise<PageImages>;
  }
}

function addressesOf({ html, leadImageUrl }: PageImagesRequest): string[] {
  // A parsed document has no browsing context: nothing in it loads or runs.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return imageAddresses(parsed.body, leadImageUrl);
}

export async function pageImages(request: PageImagesRequest): Promise<PageImages> {
  const urls = addressesOf(request);
  const own = urls.filter((url) => new URL(url).origin === location.origin);
  const results = await Promise.all(own.map((url) => fetchImage(url, request.maxImageBytes)));
  const fetched: FetchedImage[] = results.flatMap((r, i) => (r.ok ? [{ url: own[i]!, type: r.type, base64: bytesToBase64(r.bytes) }] : []));
  return {
    urls,
    fetched,
    remote: urls.filter((url) => !own.includes(url)),
    tooLarge: results.filter((r) => !r.ok && r.reason === 'too-large').length,
    failed: results.filter((r) => !r.ok && r.reason === 'failed').length,
  };
}
