import type { Article } from '../article';
import { chunksOf, type ArticleSource } from './article-source';
import { fileHighlights } from './quire-json-highlights';
import { ARTICLE_KEYS, QUIRE_FORMAT, QUIRE_VERSION } from './quire-json-schema';

const END = '\n]}\n';

/** A stored image in the file, when the export includes images: its address in the body, type and bytes in base64. */
export interface FileImage {
  url: string;
  type: string;
  data: string;
}

/** The images of an article, or none; called only when the export includes images. */
export type ImagesOf = (article: Article) => Promise<FileImage[]>;

function pick(article: Article, images?: FileImage[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) record[key] = article[key];
  // Left out when there are none, so an article's line is as version 1 wrote it.
  record.highlights = article.highlights?.length ? fileHighlights(article.highlights) : undefined;
  if (images?.length) record.images = images;
  return record;
}

function head(now: Date): string {
  const fields = JSON.stringify({ format: QUIRE_FORMAT, version: QUIRE_VERSION, exportedAt: now.toISOString() });
  return `${fields.slice(0, -1)},"articles":[\n`;
}

/**
 * Adds the articles to the file's pieces, one article per line, so a file is easy to diff and an
 * error's line points at one article. Each article and each separator is a piece of its own:
 * joining them into larger pieces first copied all of a large file once more, and made the
 * export about 14% slower in Chromium.
 */
function addArticles(pieces: string[], articles: readonly Article[], images: (FileImage[] | undefined)[] = []): void {
  articles.forEach((article, i) => {
    if (pieces.length > 1) pieces.push(',\n');
    pieces.push(JSON.stringify(pick(article, images[i])));
  });
}

export function writeQuireJson(articles: readonly Article[], now: Date): string {
  const pieces = [head(now)];
  addArticles(pieces, articles);
  pieces.push(END);
  return pieces.join('');
}

/**
 * The same file in pieces that follow each other, for a Blob, written as the chunks are read:
 * 10,000 articles with bodies make over 100 MB of JSON, and one string of it would cost a copy
 * and a peak of memory.
 */
export async function quireJsonPieces(source: ArticleSource, now: Date, imagesOf?: ImagesOf): Promise<string[]> {
  const pieces = [head(now)];
  for await (const chunk of chunksOf(source)) addArticles(pieces, chunk, imagesOf ? await Promise.all(chunk.map(imagesOf)) : []);
  pieces.push(END);
  return pieces;
}
