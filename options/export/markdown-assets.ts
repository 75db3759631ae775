/**
 * The Markdown zip's images: each article with stored images gets them under assets/, and
 * its body's image addresses become those relative paths before it is converted (its
 * Markdown cache, which holds the web addresses, is not used for it).
 */
import type { Article } from '../../src/core/article';
import { batchesOf, countOf, type ArticleSource } from '../../src/core/formats/article-source';
import { fileStem } from '../../src/core/formats/markdown-zip-files';
import type { ZipAssets } from '../../src/core/formats/markdown-zip-write';
import { imageAddress } from '../../src/core/images/choose';
import { sanitizeArticleElement } from '../../src/core/sanitize';
import { readIdsWithImages, readImages } from './read-articles';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' };

async function withAssets(article: Article, assets: ZipAssets): Promise<Article> {
  const stored = await readImages(article.id);
  const paths = new Map<string, string>();
  for (const [url, blob] of stored) {
    const name = `assets/${fileStem(article)}-${paths.size + 1}.${EXTENSIONS[blob.type] ?? 'img'}`;
    paths.set(url, name);
    assets.push({ name, bytes: new Uint8Array(await blob.arrayBuffer()) });
  }
  const body = new DOMParser().parseFromString(article.html, 'text/html').body;
  for (const img of body.querySelectorAll('img')) {
    const path = paths.get(imageAddress(img) ?? '') ?? paths.get(img.getAttribute('src') ?? '');
    if (!path) continue;
    img.setAttribute('src', path);
    img.removeAttribute('srcset');
  }
  return { ...article, html: sanitizeArticleElement(body, window), md: undefined };
}

/** The same articles, those with stored images rewritten; their images land in `assets` as the zip reads them. */
export async function withImageAssets(source: ArticleSource, assets: ZipAssets): Promise<ArticleSource> {
  const ids = await readIdsWithImages();
  if (ids.size === 0) return source;
  async function* chunks() {
    for await (const batch of batchesOf(source, 500)) {
      yield await Promise.all(batch.map((article) => (ids.has(article.id) ? withAssets(article, assets) : article)));
    }
  }
  return { count: countOf(source), chunks: chunks() };
}
