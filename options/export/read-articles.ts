/**
 * The options page's read-only view of the database, for export only: the background
 * stays the only writer. No search index and no persist() request: this repository
 * object is used for exportAll and nothing else.
 */
import type { ExportFilter } from '../../src/background/protocol';
import type { Article } from '../../src/core/article';
import { createRepository, openDatabase, type Repository } from '../../src/storage';

let reader: Repository | null = null;

export function readArticles(filter: ExportFilter): Promise<Article[]> {
  reader ??= createRepository(openDatabase(), { storageManager: null, searchFlushDelayMs: null });
  return reader.exportAll(filter);
}
