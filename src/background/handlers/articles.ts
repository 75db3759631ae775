import type { HandlerMap } from '../router';

export const articleHandlers: Pick<HandlerMap, 'articles.list' | 'articles.get' | 'articles.byUrl' | 'articles.setTags' | 'articles.setStatus' | 'articles.setFavorite' | 'articles.setProgress' | 'articles.replaceContent' | 'articles.remove' | 'articles.undoRemove' | 'tags.list' | 'tags.rename' | 'tags.merge' | 'stats'> = {
  'articles.list': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.get': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.byUrl': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.setTags': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.setStatus': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.setFavorite': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.setProgress': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.replaceContent': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.remove': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'articles.undoRemove': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'tags.list': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'tags.rename': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'tags.merge': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'stats': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
};
