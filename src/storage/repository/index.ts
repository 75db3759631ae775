/**
 * The reading list's one entry point: `createRepository(db)` binds every operation to a
 * database. Each operation is one transaction; every failure is a StorageError.
 */
import type { ArticleStatus } from '../../core/article';
import type { ArticleDoc, BodyDoc } from '../../core/sync';
import type { ImportItem } from '../../core/formats/types';
import { guarded } from '../errors';
import type { QuireDB } from '../schema';
import { PersistentSearch } from '../search/persistent';
import { defaultStorageManager, type RepoContext, type RepositoryOptions } from './context';
import { applyImport, previewImport } from './import';
import { addHighlight, listHighlights, removeHighlight, restoreHighlight, updateHighlight, type HighlightChange, type NewHighlight } from './highlights';
import type { Highlight } from '../../core/highlights/types';
import { removeArchivedImages, storeImages, type ImageToStore } from './images';
import { list, type ListQuery } from './list';
import { ListOrder } from './list-order';
import { exportAll, exportInChunks, get, getByUrl, type ChunkOptions, type ExportFilter } from './read';
import { remove, undoRemove } from './remove';
import { replaceContent, saveClip, type SaveClipInput } from './save';
import { stats } from './stats';
import { allTags, mergeTags, renameTag } from './tags';
import { applyIncoming, wouldDelete } from './sync-apply';
import { acknowledge, outgoing } from './sync-outgoing';
import { setFavorite, setProgress, setStatus, setTags } from './update';

const DEFAULT_FLUSH_DELAY_MS = 2000;

async function deleteAll(ctx: RepoContext): Promise<number> {
  const { db } = ctx;
  const removed = await guarded(() =>
    db.transaction('rw', db.tables, async () => {
      const count = await db.articles.count();
      await Promise.all(db.tables.map((table) => table.clear()));
      return count;
    }),
  );
  ctx.search.reset();
  ctx.order.drop();
  return removed;
}

export function createRepository(db: QuireDB, options: RepositoryOptions = {}) {
  const ctx: RepoContext = {
    db,
    search: new PersistentSearch(db, options.searchFlushDelayMs === undefined ? DEFAULT_FLUSH_DELAY_MS : options.searchFlushDelayMs),
    order: new ListOrder(db),
    storageManager: options.storageManager === undefined ? defaultStorageManager() : options.storageManager,
    now: options.now ?? Date.now,
    newId: options.newId ?? (() => crypto.randomUUID()),
    persistRequested: false,
  };
  return {
    saveClip: (input: SaveClipInput) => saveClip(ctx, input),
    replaceContent: (id: string, input: SaveClipInput) => replaceContent(ctx, id, input),
    get: (id: string) => get(ctx, id),
    getByUrl: (url: string) => getByUrl(ctx, url),
    list: (query: ListQuery) => list(ctx, query),
    setTags: (id: string, tags: string[]) => setTags(ctx, id, tags),
    renameTag: (from: string, to: string) => renameTag(ctx, from, to),
    mergeTags: (from: string[], into: string) => mergeTags(ctx, from, into),
    setStatus: (id: string, status: ArticleStatus) => setStatus(ctx, id, status),
    setFavorite: (id: string, favorite: boolean) => setFavorite(ctx, id, favorite),
    setProgress: (id: string, progress: number) => setProgress(ctx, id, progress),
    remove: (ids: string[]) => remove(ctx, ids),
    undoRemove: (undoToken: string) => undoRemove(ctx, undoToken),
    allTags: () => allTags(ctx),
    addHighlight: (input: NewHighlight) => addHighlight(ctx, input),
    updateHighlight: (id: string, change: HighlightChange) => updateHighlight(ctx, id, change),
    removeHighlight: (id: string) => removeHighlight(ctx, id),
    restoreHighlight: (highlight: Highlight) => restoreHighlight(ctx, highlight),
    listHighlights: (articleId: string) => listHighlights(ctx, articleId),
    stats: () => stats(ctx),
    previewImport: (urls: string[]) => previewImport(ctx, urls),
    applyImport: (items: ImportItem[], onProgress?: (done: number, total: number) => void) => applyImport(ctx, items, onProgress),
    exportAll: (filter?: ExportFilter) => exportAll(ctx, filter),
    exportInChunks: (filter?: ExportFilter, options?: ChunkOptions) => exportInChunks(ctx, filter, options),
    deleteAll: () => deleteAll(ctx),
    storeImages: (id: string, images: ImageToStore[]) => storeImages(ctx, id, images),
    removeArchivedImages: () => removeArchivedImages(ctx),
    /** Loads the search index (snapshot plus journal) and the list's order ahead of the first query. */
    warmSearch: () => guarded(async () => void (await Promise.all([ctx.search.settled(), ctx.order.ready()]))),
    /** Writes the search index snapshot now instead of after the debounce delay. */
    flushSearchIndex: () => guarded(() => ctx.search.flush()),
    /** What sync sends and applies (docs/sync.md). */
    sync: {
      outgoing: (limit: number) => outgoing(ctx, limit),
      acknowledge: (upTo: number) => acknowledge(ctx, upTo),
      applyIncoming: (docs: ArticleDoc[], bodies: BodyDoc[]) => applyIncoming(ctx, docs, bodies),
      wouldDelete: (docs: ArticleDoc[]) => wouldDelete(ctx, docs),
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
