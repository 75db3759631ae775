/**
 * The reading list's first page (newest saved first, no filter), read straight from
 * IndexedDB by the popup, so its first rows wait neither for the service worker to start
 * nor for anything the background is busy with. Bare IndexedDB, read-only: it opens the
 * database at whatever version it has and closes it at once. It answers null, and the
 * popup asks the background, when there is no database yet (it creates none) or it is not
 * at the version this code reads, i.e. the background has an upgrade to run.
 */
import type { ListPage } from './repository/list';
import { encodeCursor } from './repository/cursor';
import { toMeta } from './records';
import type { IndexedDBFactories, StoredArticle } from './schema';
import { DB_NAME, LATEST_VERSION } from './database-name';

const NEWEST_INDEX = '[status+savedAt+id]';
const STATUSES = ['unread', 'archived'];

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The database as it is, or null when it does not exist (the open is aborted, so none is created). */
function openAsItIs(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onupgradeneeded = () => request.transaction!.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(null);
      else reject(request.error);
    };
  });
}

/** The newest `count` rows of one status, from the end of its range of the sort index. */
function newestOf(index: IDBIndex, range: IDBKeyRange, count: number): Promise<StoredArticle[]> {
  const rows: StoredArticle[] = [];
  const cursor = index.openCursor(range, 'prev');
  return new Promise((resolve, reject) => {
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at) rows.push(at.value as StoredArticle);
      if (at && rows.length < count) at.continue();
      else resolve(rows);
    };
  });
}

const newestFirst = (a: StoredArticle, b: StoredArticle) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** What `list({sort: 'savedAt', order: 'desc', limit})` answers, or null when the background must answer. */
export async function readFirstPage(limit: number, factories: IndexedDBFactories = globalThis): Promise<ListPage | null> {
  const db = await openAsItIs(factories.indexedDB);
  if (!db) return null;
  try {
    if (db.version !== LATEST_VERSION * 10) return null;
    const tx = db.transaction(['articles', 'counts'], 'readonly');
    const index = tx.objectStore('articles').index(NEWEST_INDEX);
    const statusRange = (status: string) => factories.IDBKeyRange.bound([status], [status, []]);
    const [all, ranges] = await Promise.all([
      settled<{ n: number } | undefined>(tx.objectStore('counts').get('all')),
      Promise.all(STATUSES.map((status) => newestOf(index, statusRange(status), limit + 1))),
    ]);
    const rows = ranges.flat().sort(newestFirst).slice(0, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const more = rows.length > limit && last !== undefined;
    return {
      items: items.map(toMeta),
      nextCursor: more ? encodeCursor({ after: [last.savedAt, last.id] }) : null,
      total: all?.n ?? 0,
    };
  } finally {
    db.close();
  }
}
