/**
 * An article's stored images as object URLs for the page showing it, read from IndexedDB
 * through the read-only image reader (Blobs cannot cross the message channel in Chrome);
 * the URLs are revoked when the page moves to another article or closes.
 */
import { useEffect, useState } from 'preact/hooks';
import { openImageReader, type ImageReader } from '../storage/image-reader';

let reader: ImageReader | null = null;

/** null while the images load; an empty map when none are stored or they cannot be read. */
export function useStoredImages(id: string): ReadonlyMap<string, string> | null {
  const [urls, setUrls] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    let made: Map<string, string> | null = null;
    let gone = false;
    setUrls(null);
    reader ??= openImageReader();
    reader
      .imagesOf(id)
      .catch(() => new Map<string, Blob>())
      .then((blobs) => {
        if (gone) return;
        made = new Map([...blobs].map(([url, blob]) => [url, URL.createObjectURL(blob)]));
        setUrls(made);
      });
    return () => {
      gone = true;
      for (const url of made?.values() ?? []) URL.revokeObjectURL(url);
    };
  }, [id]);
  return urls;
}
