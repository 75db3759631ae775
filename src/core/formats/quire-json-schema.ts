/** Quire JSON version 2: the article fields in file order, each with the check its value must pass (docs/quire-json.md). */
import type { Article } from '../article';
import { isHighlightList } from './quire-json-highlights';

export const QUIRE_FORMAT = 'quire';
export const QUIRE_VERSION = 2;
/** Version 1 files have no highlights; their reader ignores the field. */
export const FIRST_VERSION_WITH_HIGHLIGHTS = 2;

type Check = (value: unknown) => boolean;

const string: Check = (v) => typeof v === 'string';
const nullableString: Check = (v) => v === null || typeof v === 'string';
const number: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const nullableNumber: Check = (v) => v === null || number(v);
const boolean: Check = (v) => typeof v === 'boolean';
const fraction: Check = (v) => number(v) && (v as number) >= 0 && (v as number) <= 1;
const stringList: Check = (v) => Array.isArray(v) && v.every(string);
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);

/** What a file holds of an article: all of it but its Markdown cache, derived from the body and recomputed on import. */
type FileArticle = Omit<Article, 'md' | 'highlightCount'>;

export const ARTICLE_FIELDS: { [K in keyof FileArticle]-?: Check } = {
  id: string,
  url: string,
  canonicalUrl: string,
  title: string,
  byline: nullableString,
  siteName: nullableString,
  excerpt: nullableString,
  lang: nullableString,
  dir: nullableString,
  publishedTime: nullableString,
  modifiedTime: nullableString,
  savedAt: number,
  updatedAt: number,
  readAt: nullableNumber,
  status: oneOf('unread', 'archived'),
  favorite: boolean,
  tags: stringList,
  wordCount: number,
  readingMinutes: number,
  leadImageUrl: nullableString,
  faviconUrl: nullableString,
  progress: fraction,
  kind: oneOf('article', 'link'),
  html: string,
  text: string,
  highlights: isHighlightList,
};

export const ARTICLE_KEYS = Object.keys(ARTICLE_FIELDS) as (keyof FileArticle)[];
