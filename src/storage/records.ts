/** Conversions between the shared records and the stored rows. */
import { NULL_FIELDS, type ArticleBody, type ArticleMeta } from '../core/article';
import { urlKey } from '../core/url';
import type { Extraction } from '../core/clip';
import { keptExtraction } from '../core/clip-choice';
import type { StoredArticle } from './schema';
import { foldText } from './search/fold';

function publishedAt(publishedTime: string | null): number {
  const time = publishedTime ? Date.parse(publishedTime) : NaN;
  return Number.isFinite(time) ? time : 0;
}

/** A copy without the fields that are null. */
function withoutNulls<T extends object>(value: T): Partial<T> {
  const copy: Partial<T> = {};
  for (const key in value) if (value[key] !== null) copy[key] = value[key];
  return copy;
}

/** `key` saves parsing the URL again when the caller already has it. */
export function toStored(meta: ArticleMeta, key: string = urlKey(meta.canonicalUrl || meta.url)): StoredArticle {
  // Only nullable fields are null, and a row may leave those out.
  const row = withoutNulls(meta) as StoredArticle;
  row.urlKey = key;
  if (meta.favorite) row.fav = 1;
  row.pubAt = publishedAt(meta.publishedTime);
  row.titleKey = foldText(meta.title);
  return row;
}

export function toMeta(stored: StoredArticle): ArticleMeta {
  const { urlKey: _urlKey, fav: _fav, pubAt: _pubAt, titleKey: _titleKey, ...meta } = stored;
  return { ...NULL_FIELDS, ...meta };
}

export function toBodyRow(id: string, content: { html?: string | null; text?: string | null; extraction?: Extraction }): ArticleBody {
  const row: ArticleBody = { id, html: content.html ?? '', text: content.text ?? '' };
  const extraction = keptExtraction(content);
  if (extraction) row.extraction = extraction;
  return row;
}
