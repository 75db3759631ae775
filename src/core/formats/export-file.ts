import type { Article } from '../article';
import { collect, type ArticleSource } from './article-source';
import { localDate } from './dates';
import { writeHtmlList } from './html-write';
import { writeHighlightsMarkdown } from './markdown-highlights';
import { writeMarkdownList } from './markdown-write';
import { writeMarkdownZip, writeMarkdownZipInBatches, type ZipAssets, type ZipHelper } from './markdown-zip-write';
import { writeNetscape } from './netscape-write';
import { writePocketCsv } from './pocket-csv-write';
import { quireJsonPieces, writeQuireJson, type ImagesOf } from './quire-json-write';

export type ExportFormat = 'quire-json' | 'pocket-csv' | 'netscape' | 'markdown' | 'markdown-zip' | 'html' | 'markdown-highlights';

/** `Data` also takes pieces to join (as a Blob does) for Quire JSON from exportFileWithProgress. */
export interface ExportedFile<Data = Uint8Array | string> {
  fileName: string;
  mimeType: string;
  data: Data;
}

type Pieces = Uint8Array | string | string[];

const WRITERS: Record<ExportFormat, { name: string; ext: string; mimeType: string; write: (articles: readonly Article[], now: Date) => Uint8Array | string }> = {
  'quire-json': { name: 'quire', ext: 'json', mimeType: 'application/json', write: writeQuireJson },
  'pocket-csv': { name: 'quire', ext: 'csv', mimeType: 'text/csv', write: writePocketCsv },
  netscape: { name: 'quire-bookmarks', ext: 'html', mimeType: 'text/html', write: writeNetscape },
  markdown: { name: 'quire', ext: 'md', mimeType: 'text/markdown', write: writeMarkdownList },
  'markdown-zip': { name: 'quire', ext: 'zip', mimeType: 'application/zip', write: writeMarkdownZip },
  html: { name: 'quire-list', ext: 'html', mimeType: 'text/html', write: writeHtmlList },
  'markdown-highlights': { name: 'quire-highlights', ext: 'md', mimeType: 'text/markdown', write: writeHighlightsMarkdown },
};

function fileName(format: ExportFormat, now: Date): string {
  const { name, ext } = WRITERS[format];
  return `${name}-${localDate(now)}.${ext}`;
}

/**
 * The articles as a file of the chosen format, named after the local date: quire-YYYY-MM-DD.<ext>,
 * and quire-bookmarks-… and quire-list-… for the two HTML files, so neither overwrites the other.
 */
export function exportFile(articles: readonly Article[], format: ExportFormat, now: Date): ExportedFile {
  const writer = WRITERS[format];
  return { fileName: fileName(format, now), mimeType: writer.mimeType, data: writer.write(articles, now) };
}

/**
 * The same file, for a page with a progress bar that saves it as a Blob, from the articles all
 * at once or as the database reads them. The Markdown zip (the slow format, bound by turndown
 * and deflate) is built in batches that let the page repaint, with the help of `helper` when
 * given (a worker); Quire JSON comes as pieces for the Blob to join; the others are written at once.
 */
export async function exportFileWithProgress(
  source: ArticleSource,
  format: ExportFormat,
  now: Date,
  onProgress?: (fraction: number) => void,
  helper?: ZipHelper,
  assets?: ZipAssets,
  imagesOf?: ImagesOf,
): Promise<ExportedFile<Pieces>> {
  const file = (data: Pieces) => ({ fileName: fileName(format, now), mimeType: WRITERS[format].mimeType, data });
  if (format === 'markdown-zip') return file(await writeMarkdownZipInBatches(source, onProgress, helper, assets));
  const written = file(format === 'quire-json' ? await quireJsonPieces(source, now, imagesOf) : WRITERS[format].write(await collect(source), now));
  onProgress?.(1);
  return written;
}
