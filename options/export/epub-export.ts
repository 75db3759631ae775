/**
 * The EPUB export: one book of the articles the filter selects, a chapter per article with
 * its stored images (src/core/formats/epub-write.ts). Each body is parsed here (the page has a
 * DOM) and written as XHTML.
 */
import type { ExportFilter } from '../../src/protocol';
import { bodyToXhtml } from '../../src/core/formats/epub-xhtml';
import { writeEpub, type EpubChapter, type EpubImage } from '../../src/core/formats/epub-write';
import { collect } from '../../src/core/formats/article-source';
import { localDate } from '../../src/core/formats/dates';
import type { Article } from '../../src/core/article';
import { readArticles, readImages } from './read-articles';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

async function chapterOf(article: Article, index: number, images: EpubImage[]): Promise<EpubChapter> {
  const paths = new Map<string, string>();
  for (const [url, blob] of await readImages(article.id)) {
    const ext = EXTENSIONS[blob.type];
    if (!ext) continue;
    const path = `images/a${index + 1}-${paths.size + 1}.${ext}`;
    paths.set(url, path);
    images.push({ path, type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) });
  }
  const body = new DOMParser().parseFromString(article.html, 'text/html').body;
  return { title: article.title, byline: article.byline, url: article.url, lang: article.lang, xhtml: bodyToXhtml(body, paths) };
}

export async function buildEpub(filter: ExportFilter, now: Date, title: string): Promise<{ fileName: string; blob: Blob; count: number }> {
  const articles = (await collect(await readArticles(filter, 'quire-json'))).filter((article) => article.kind !== 'link');
  const images: EpubImage[] = [];
  const chapters: EpubChapter[] = [];
  for (const [i, article] of articles.entries()) chapters.push(await chapterOf(article, i, images));
  const bytes = writeEpub({
    id: `urn:uuid:${crypto.randomUUID()}`,
    title,
    modified: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    lang: articles[0]?.lang ?? 'en',
    chapters,
    images,
  });
  return { fileName: `quire-${localDate(now)}.epub`, blob: new Blob([bytes as BlobPart], { type: 'application/epub+zip' }), count: articles.length };
}
