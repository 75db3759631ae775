/**
 * The floor the I/O benchmark's figures are read against, measured in the same run: bare
 * IndexedDB calls, no Dexie and no Quire code, on the same rows. A shared machine moves every
 * figure by a third from one run to the next; the ratio to this floor moves far less.
 */
import { openDatabase } from '../../src/storage';

const FLOOR_DB = 'quire-bench-floor';
const quire = openDatabase();

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

/** The articles store with the indexes the current schema gives it, read off the open database. */
async function articlesIndexes(): Promise<IDBIndex[]> {
  await quire.open();
  const store = quire.backendDB().transaction('articles').objectStore('articles');
  return [...store.indexNames].map((name) => store.index(name));
}

let floorDb: Promise<IDBDatabase> | null = null;

function openFloor(): Promise<IDBDatabase> {
  floorDb ??= articlesIndexes().then((indexes) => {
    const request = indexedDB.open(FLOOR_DB, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('articles', { keyPath: 'id' });
      for (const index of indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    };
    return settled(request);
  });
  return floorDb;
}

/** Puts the article rows the last import wrote into an emptied copy of their table, in one transaction. */
export async function rawWriteOnce(): Promise<number> {
  const rows = await quire.articles.toArray();
  const db = await openFloor();
  const clearing = db.transaction('articles', 'readwrite');
  clearing.objectStore('articles').clear();
  await committed(clearing);
  const start = performance.now();
  const tx = db.transaction('articles', 'readwrite');
  const store = tx.objectStore('articles');
  for (const row of rows) store.put(row);
  await committed(tx);
  return performance.now() - start;
}

/** Reads every article row and every body row, what Quire JSON reads, with one getAll each. */
export async function rawReadOnce(): Promise<number> {
  await quire.open();
  const start = performance.now();
  const tx = quire.backendDB().transaction(['articles', 'bodies'], 'readonly');
  await Promise.all([settled(tx.objectStore('articles').getAll()), settled(tx.objectStore('bodies').getAll())]);
  return performance.now() - start;
}
