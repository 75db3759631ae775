/** The reading list's requests: listing, reading one article, changing it, tags and counts. */
import type { HandlerMap } from '../router';
import type { Repository } from '../../storage';

type ArticleRequests =
  | 'articles.list' | 'search.warm' | 'articles.get' | 'articles.byUrl' | 'articles.setTags' | 'articles.setStatus'
  | 'articles.setFavorite' | 'articles.setProgress' | 'articles.replaceContent' | 'articles.remove'
  | 'articles.undoRemove' | 'tags.list' | 'tags.rename' | 'tags.merge' | 'stats';

export function articleHandlers(repository: Repository): Pick<HandlerMap, ArticleRequests> {
  return {
    'articles.list': ({ query }) => repository.list(query),
    'search.warm': async () => {
      await repository.warmSearch();
      return { ready: true };
    },
    'articles.get': ({ id }) => repository.get(id),
    'articles.byUrl': ({ url }) => repository.getByUrl(url),
    'articles.setTags': ({ id, tags }) => repository.setTags(id, tags),
    'articles.setStatus': ({ id, status }) => repository.setStatus(id, status),
    'articles.setFavorite': ({ id, favorite }) => repository.setFavorite(id, favorite),
    'articles.setProgress': ({ id, progress }) => repository.setProgress(id, Math.min(1, Math.max(0, progress))),
    // The reader fetched and extracted the page, so the clip's HTML is already sanitized.
    'articles.replaceContent': ({ id, clip }) => repository.replaceContent(id, { ...clip, kind: 'article' }),
    'articles.remove': ({ ids }) => repository.remove(ids),
    'articles.undoRemove': async ({ undoToken }) => ({ restored: (await repository.undoRemove(undoToken)).length }),
    'tags.list': () => repository.allTags(),
    'tags.rename': async ({ from, to }) => ({ changed: await repository.renameTag(from, to) }),
    'tags.merge': async ({ from, into }) => ({ changed: await repository.mergeTags(from, into) }),
    stats: () => repository.stats(),
  };
}
