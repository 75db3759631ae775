/**
 * What crosses between the tab and the background when a clip's images are fetched:
 * messages carry JSON in Chrome, so bytes travel as base64.
 */

/** Asked of the tab: which body, and the cap on one image. */
export interface PageImagesRequest {
  html: string;
  leadImageUrl: string | null;
  maxImageBytes: number;
}

export interface FetchedImage {
  url: string;
  type: string;
  base64: string;
}

/** The tab's answer: its own origin's images fetched, the other origins' addresses left to the background. */
export interface PageImages {
  /** Every address of the body, each once, the lead image first. */
  urls: string[];
  fetched: FetchedImage[];
  remote: string[];
  tooLarge: number;
  failed: number;
}

/** How the images of one save went, for the popup and the reader to say. */
export interface ImageOutcome {
  stored: number;
  /** Images of other sites left out because Quire may not fetch from them. */
  needAccess: number;
  /** Over the size caps, tracking pixels, or failed to load. */
  skipped: number;
  /** The storage was full: the article is saved without its images. */
  quota: boolean;
}

/**
 * Reads the bytes one by one into plain arrays: in a Firefox content script the bytes a fetch
 * returned belong to another compartment, whose `subarray` (which reads `constructor`) is denied.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk: number[] = [];
    for (let j = i; j < Math.min(i + 0x8000, bytes.length); j++) chunk.push(bytes[j]!);
    binary += String.fromCharCode(...chunk);
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
