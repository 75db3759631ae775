/** Conversions between the shared ArticleMeta and the stored row with its derived keys. */
import type { ArticleMeta } from '../core/article';
import { urlKey } from '../core/url';
import type { StoredArticle } from './schema';
import { foldText } from './search/fold';

function publishedAt(publishedTime: string | null): number {
  const time = publishedTime ? Date.parse(publishedTime) : NaN;
  return Number.isFinite(time) ? time : 0;
}

/** `key` saves parsing the URL again when the caller already has it. */
export function toStored(meta: ArticleMeta, key: string = urlKey(meta.canonicalUrl || meta.url)): StoredArticle {
  return {
    ...meta,
    urlKey: key,
    ...(meta.favorite ? { fav: 1 as const } : {}),
    pubAt: publishedAt(meta.publishedTime),
    titleKey: foldText(meta.title),
  };
}

export function toMeta(stored: StoredArticle): ArticleMeta {
  const { urlKey: _urlKey, fav: _fav, pubAt: _pubAt, titleKey: _titleKey, ...meta } = stored;
  return meta;
}
