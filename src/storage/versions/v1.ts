/** Version 1, released: the first shape of the database. Shipped, so frozen: never edit it. */
export const V1_STORES = {
  articles: 'id, &urlKey, *tags, status, fav, [savedAt+id], [pubAt+id], [titleKey+id], [readingMinutes+id]',
  bodies: 'id',
  searchJournal: '++seq',
  searchSnapshot: 'key',
  trash: 'token, removedAt',
};
