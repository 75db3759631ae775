/**
 * A read-only view of the stored images for the pages that show them (reader, popup): Blobs
 * cannot cross the message channel in Chrome, so the pages read them from IndexedDB here;
 * the background stays the only writer, and this type has no write method.
 */
import { imagesOf } from './repository/images';
import { openDatabase, type QuireDB } from './schema';

export interface ImageReader {
  /** An article's stored images by the address its body gives them; empty when none were stored. */
  readonly imagesOf: (id: string) => Promise<Map<string, Blob>>;
}

export function openImageReader(db: QuireDB = openDatabase()): ImageReader {
  return { imagesOf: (id) => imagesOf(db, id) };
}
