/** The database's name and newest schema version, in a module of their own so the popup's direct read (first-page.ts) loads no Dexie. */
export const DB_NAME = 'quire';

/** The version the newest module of versions/ declares; IndexedDB holds it as ten times that (Dexie's numbering). */
export const LATEST_VERSION = 8;
