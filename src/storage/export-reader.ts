/**
 * A read-only view of the database for the page that exports: the background stays the
 * only writer, so this type has no write method; it keeps no search index and asks for no
 * persistence.
 */
import type { Article } from '../core/article';
import { openDatabase, type QuireDB } from './schema';
import { exportInChunks, exportMetadata, type ArticleChunks, type ChunkOptions, type ExportFilter } from './repository/read';
import { imagesOf } from './repository/images';

export type { ArticleChunks, ChunkOptions, ExportFilter };

export interface ExportReader {
  /** The articles the filter selects, oldest saved first, with empty bodies. */
  readonly metadata: (filter: ExportFilter) => Promise<Article[]>;
  /** The same articles with their bodies (or Markdown caches), in chunks read ahead of the writer. */
  readonly chunks: (filter: ExportFilter, options?: ChunkOptions) => Promise<ArticleChunks>;
  /** An article's stored images by the address its body gives them (for the EPUB). */
  readonly imagesOf: (id: string) => Promise<Map<string, Blob>>;
  /** Ids of the articles that have stored images, in one read. */
  readonly withImages: () => Promise<Set<string>>;
}

export function openExportReader(db: QuireDB = openDatabase()): ExportReader {
  return {
    metadata: (filter) => exportMetadata({ db }, filter),
    chunks: (filter, options) => exportInChunks({ db }, filter, options),
    imagesOf: (id) => imagesOf(db, id),
    withImages: async () => new Set((await db.imageRefs.orderBy('id').uniqueKeys()) as string[]),
  };
}
