/** The reading list's requests: listing, reading one article, changing it, tags and counts. */
import type { HandlerMap } from '../router';
import { getRepository } from '../db';

type ArticleRequests =
  | 'articles.list' | 'articles.get' | 'articles.byUrl' | 'articles.setTags' | 'articles.setStatus'
  | 'articles.setFavorite' | 'articles.setProgress' | 'articles.replaceContent' | 'articles.remove'
  | 'articles.undoRemove' | 'tags.list' | 'tags.rename' | 'tags.merge' | 'stats';

export const articleHandlers: Pick<HandlerMap, ArticleRequests> = {
  'articles.list': ({ query }) => getRepository().list(query),
  'articles.get': ({ id }) => getRepository().get(id),
  'articles.byUrl': ({ url }) => getRepository().getByUrl(url),
  'articles.setTags': ({ id, tags }) => getRepository().setTags(id, tags),
  'articles.setStatus': ({ id, status }) => getRepository().setStatus(id, status),
  'articles.setFavorite': ({ id, favorite }) => getRepository().setFavorite(id, favorite),
  'articles.setProgress': ({ id, progress }) => getRepository().setProgress(id, Math.min(1, Math.max(0, progress))),
  // The reader fetched and extracted the page, so the clip's HTML is already sanitized.
  'articles.replaceContent': ({ id, clip }) => getRepository().replaceContent(id, { ...clip, kind: 'article' }),
  'articles.remove': ({ ids }) => getRepository().remove(ids),
  'articles.undoRemove': async ({ undoToken }) => ({ restored: (await getRepository().undoRemove(undoToken)).length }),
  'tags.list': () => getRepository().allTags(),
  'tags.rename': async ({ from, to }) => ({ changed: await getRepository().renameTag(from, to) }),
  'tags.merge': async ({ from, into }) => ({ changed: await getRepository().mergeTags(from, into) }),
  stats: () => getRepository().stats(),
};
