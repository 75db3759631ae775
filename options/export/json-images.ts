/** Quire JSON with images: each article's stored images in base64, read only for the articles that have some. */
import type { ImagesOf } from '../../src/core/formats/quire-json-write';
import { bytesToBase64 } from '../../src/core/images/transfer';
import { readIdsWithImages, readImages } from './read-articles';

export async function imagesForJson(): Promise<ImagesOf> {
  const ids = await readIdsWithImages();
  return async (article) => {
    if (!ids.has(article.id)) return [];
    const stored = await readImages(article.id);
    return Promise.all([...stored].map(async ([url, blob]) => ({ url, type: blob.type, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })));
  };
}
