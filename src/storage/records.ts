/** Conversions between the shared records and the stored rows. */
import type { ArticleBody, ArticleMeta } from '../core/article';
import type { MarkdownCache } from '../core/formats/markdown-cache';
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

/** A body row; `md`, the Markdown cache, only when there is one (a row without it is converted at export). */
export function toBodyRow(id: string, content: { html?: string | null; text?: string | null }, md?: MarkdownCache): ArticleBody {
  const row: ArticleBody = { id, html: content.html ?? '', text: content.text ?? '' };
  if (md) row.md = md;
  return row;
}
