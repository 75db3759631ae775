/**
 * Which fetched images a clip keeps: no tracking pixel, none over the cap on one image, and,
 * in page order (the lead image first), as many as fit the cap on one article. GIFs and every
 * other format are kept as their bytes came: nothing is re-encoded.
 */
import { isTrackingPixel } from './dimensions';

export interface ImageCaps {
  maxImageBytes: number;
  maxArticleBytes: number;
}

const MB = 1024 * 1024;

export function capsOf(settings: { maxImageMB: number; maxArticleMB: number }): ImageCaps {
  return { maxImageBytes: settings.maxImageMB * MB, maxArticleBytes: settings.maxArticleMB * MB };
}

export interface Fetched {
  url: string;
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
}

export function withinBudget<T extends Fetched>(images: T[], caps: ImageCaps): T[] {
  let total = 0;
  return images.filter((image) => {
    const size = image.bytes.byteLength;
    if (size > caps.maxImageBytes || isTrackingPixel(image.bytes) || total + size > caps.maxArticleBytes) return false;
    total += size;
    return true;
  });
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
