/**
 * Version 6: a table of highlights, each keyed by its id and indexed by its article, so the
 * reader loads one article's highlights and the list finds the articles that have some.
 * No earlier version held highlights, so the upgrade has nothing to move: every table and
 * row stays as it was.
 */
export const V6_STORES = {
  highlights: 'id, articleId',
};
