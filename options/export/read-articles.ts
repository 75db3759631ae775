/**
 * The options page's read-only view of the database, for export only: the background
 * stays the only writer. No search index and no persist() request.
 */
import type { ExportFilter } from '../../src/protocol';
import type { Article } from '../../src/core/article';
import type { ArticleSource, ExportFormat } from '../../src/core/formats';
import { createRepository, openDatabase, type Repository } from '../../src/storage';

/**
 * Only these formats write article bodies. The others read metadata alone, which skips
 * loading every body (tens of megabytes for 10,000 articles); a unit test checks that
 * their output is the same either way.
 */
export const FORMATS_WITH_BODIES: ReadonlySet<ExportFormat> = new Set(['quire-json', 'markdown-zip']);

const PAGE = 5000;
let reader: Repository | null = null;

function repository(): Repository {
  reader ??= createRepository(openDatabase(), { storageManager: null, searchFlushDelayMs: null });
  return reader;
}

async function metadataOnly(filter: ExportFilter): Promise<Article[]> {
  const articles: Article[] = [];
  let cursor: string | null = null;
  do {
    const page = await repository().list({ ...filter, sort: 'savedAt', order: 'asc', limit: PAGE, cursor });
    for (const meta of page.items) articles.push({ ...meta, html: '', text: '' });
    cursor = page.nextCursor;
  } while (cursor);
  return articles;
}

/**
 * The articles the filter selects, oldest saved first, with bodies when the format writes
 * them: then in chunks, so the file is written while the next bodies are read. The Markdown
 * zip reads the bodies' Markdown caches instead, and a body only where its cache is missing.
 */
export function readArticles(filter: ExportFilter, format: ExportFormat): Promise<ArticleSource> {
  return FORMATS_WITH_BODIES.has(format) ? repository().exportInChunks(filter, { markdown: format === 'markdown-zip' }) : metadataOnly(filter);
}
