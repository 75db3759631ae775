/** Conversions between the shared ArticleMeta and the stored row with its derived keys. */
import type { ArticleMeta } from '../core/article';
import { urlKey } from '../core/url';
import type { StoredArticle } from './schema';
import { foldText } from './search/fold';

function publishedAt(publishedTime: string | null): number {
  const time = publishedTime ? Date.parse(publishedTime) : NaN;
  return Number.isFinite(time) ? time : 0;
}

export function toStored(meta: ArticleMeta): StoredArticle {
  return {
    ...meta,
    urlKey: urlKey(meta.canonicalUrl || meta.url),
    ...(meta.favorite ? { fav: 1 as const } : {}),
    pubAt: publishedAt(meta.publishedTime),
    titleKey: foldText(meta.title),
  };
}

export function toMeta(stored: StoredArticle): ArticleMeta {
  const { urlKey: _urlKey, fav: _fav, pubAt: _pubAt, titleKey: _titleKey, ...meta } = stored;
  return meta;
}
