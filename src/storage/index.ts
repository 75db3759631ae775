/** The storage layer's public surface: open the database, bind a repository, handle its errors. */
export { openDatabase, DB_NAME, type QuireDB, type IndexedDBFactories } from './schema';
export { createRepository, type Repository } from './repository';
export type { RepositoryOptions, StorageManagerLike } from './repository/context';
export type { ListQuery, ListPage, SortKey } from './repository/list';
export type { SaveClipInput, SaveResult } from './repository/save';
export type { RemoveResult } from './repository/remove';
export type { ImportPreview, ImportResult } from './repository/import';
export type { ExportFilter } from './repository/read';
export type { Stats, StorageEstimate } from './repository/stats';
export type { TagCount } from './repository/tags';
export { StorageError, type StorageErrorCode } from './errors';
export type { NewHighlight, HighlightChange } from './repository/highlights';
