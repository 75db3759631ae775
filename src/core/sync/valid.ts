/**
 * Whether a document pulled from the server is one Quire could have written: the server is
 * the reader's, but what comes from the network is checked before it reaches the list.
 */
import { articleDocId, bodyDocId, SYNCED_FIELDS, type ArticleDoc, type BodyDoc, type SyncedField } from './types';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const orNull = (check: Check): Check => (value) => value === null || check(value);
/** The schemes a clipped or imported page has (a file the reader let Quire read included); never javascript: or data:. */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);
function isPageUrl(value: unknown): boolean {
  try {
    return typeof value === 'string' && PAGE_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

const FIELD_CHECKS: Record<SyncedField, Check> = {
  url: isPageUrl,
  canonicalUrl: isString,
  title: isString,
  byline: orNull(isString),
  siteName: orNull(isString),
  excerpt: orNull(isString),
  lang: orNull(isString),
  dir: orNull(isString),
  publishedTime: orNull(isString),
  modifiedTime: orNull(isString),
  savedAt: isNumber,
  readAt: orNull(isNumber),
  status: (value) => value === 'unread' || value === 'archived',
  favorite: (value) => typeof value === 'boolean',
  wordCount: orNull(isNumber),
  readingMinutes: orNull(isNumber),
  leadImageUrl: orNull(isString),
  faviconUrl: orNull(isString),
  kind: (value) => value === 'article' || value === 'link',
};

const isStamp: Check = (value) => isObject(value) && isNumber(value.at) && isString(value.device);
const isFlag: Check = (value) => isObject(value) && typeof value.on === 'boolean' && isStamp(value.stamp);

function validFields(fields: unknown, stamps: unknown): boolean {
  if (!isObject(fields) || !isObject(stamps)) return false;
  return SYNCED_FIELDS.every((field) => FIELD_CHECKS[field](fields[field] ?? null) && isStamp(stamps[field]));
}

export function isArticleDoc(value: unknown): value is ArticleDoc {
  if (!isObject(value) || value.type !== 'article' || !isString(value.urlKey) || value._id !== articleDocId(value.urlKey as string)) return false;
  const { progress, body, tags } = value;
  if (!isObject(progress) || !isNumber(progress.value) || (progress.value as number) < 0 || (progress.value as number) > 1 || !isStamp(progress.stamp)) return false;
  if (body !== null && !(isObject(body) && isString(body.hash) && isStamp(body.stamp))) return false;
  return isObject(tags) && Object.values(tags).every(isFlag) && isFlag(value.deleted) && validFields(value.fields, value.stamps);
}

export function isBodyDoc(value: unknown): value is BodyDoc {
  return isObject(value) && value.type === 'body' && isString(value._id) && (value._id as string).startsWith(bodyDocId('')) && isString(value.html) && isString(value.text) && isString(value.hash) && isStamp(value.stamp);
}
