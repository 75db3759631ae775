/**
 * Version 4: urlKey is indexed but no longer unique. Chromium checks a unique index with a
 * read on every write, which a 10,000-row import paid for 10,000 times; one article per
 * URL now rests on the writes themselves (one-per-url.ts). Dexie rebuilds the index in the
 * upgrade; no row changes. Shipped, so frozen: never edit it.
 */
export const V4_STORES = {
  articles: 'id, urlKey, *tags, fav, [status+savedAt+id]',
};
