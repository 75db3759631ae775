/**
 * The options page's read-only view of the database, for export only: the background
 * stays the only writer.
 */
import type { ExportFilter } from '../../src/protocol';
import type { ArticleSource, ExportFormat } from '../../src/core/formats';
import { openExportReader, type ExportReader } from '../../src/storage/export-reader';

/**
 * Only these formats write article bodies. The others read metadata alone, which skips
 * loading every body (tens of megabytes for 10,000 articles); a unit test checks that
 * their output is the same either way.
 */
export const FORMATS_WITH_BODIES: ReadonlySet<ExportFormat> = new Set(['quire-json', 'markdown-zip']);

let reader: ExportReader | null = null;

/**
 * The articles the filter selects, oldest saved first, with bodies when the format writes
 * them: then in chunks, so the file is written while the next bodies are read. The Markdown
 * zip reads the bodies' Markdown caches instead, and a body only where its cache is missing.
 */
export function readArticles(filter: ExportFilter, format: ExportFormat): Promise<ArticleSource> {
  reader ??= openExportReader();
  return FORMATS_WITH_BODIES.has(format) ? reader.chunks(filter, { markdown: format === 'markdown-zip' }) : reader.metadata(filter);
}

/** An article's stored images by address, for the EPUB. */
export function readImages(id: string): Promise<Map<string, Blob>> {
  reader ??= openExportReader();
  return reader.imagesOf(id);
}

/** Ids of the articles that have stored images. */
export function readIdsWithImages(): Promise<Set<string>> {
  reader ??= openExportReader();
  return reader.withImages();
}
