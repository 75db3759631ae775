/**
 * fast-check generator of versions of one article document, from few values and stamps so
 * that versions often share a stamp or a value: where a merge would go wrong.
 */
import fc from 'fast-check';
import { SYNCED_FIELDS, type ArticleDoc, type SyncStamp } from '../../../src/core/sync';

const stamp: fc.Arbitrary<SyncStamp> = fc.record({ at: fc.integer({ min: 0, max: 4 }), device: fc.constantFrom('laptop', 'desktop') });

const base: ArticleDoc['fields'] = {
  url: 'https://news.example.com/story',
  canonicalUrl: 'https://news.example.com/story',
  title: 'A story',
  byline: null,
  siteName: 'Example News',
  excerpt: null,
  lang: 'en',
  dir: null,
  publishedTime: null,
  modifiedTime: null,
  savedAt: 1,
  readAt: null,
  status: 'unread',
  favorite: false,
  wordCount: 100,
  readingMinutes: 1,
  leadImageUrl: null,
  faviconUrl: null,
  kind: 'article',
};

/** Each field as its base value or one of two others of its kind. */
function valueOf(field: (typeof SYNCED_FIELDS)[number]): fc.Arbitrary<unknown> {
  if (field === 'status') return fc.constantFrom('unread', 'archived');
  if (field === 'favorite') return fc.boolean();
  if (field === 'kind') return fc.constantFrom('article', 'link');
  const value = base[field];
  if (typeof value === 'number') return fc.constantFrom(value, 2, 3);
  return fc.constantFrom(value, 'one', null);
}

const fields = fc.record(Object.fromEntries(SYNCED_FIELDS.map((field) => [field, valueOf(field)]))) as unknown as fc.Arbitrary<ArticleDoc['fields']>;
const stamps = fc.record(Object.fromEntries(SYNCED_FIELDS.map((field) => [field, stamp]))) as fc.Arbitrary<ArticleDoc['stamps']>;
const tags = fc.dictionary(fc.constantFrom('news', 'later', 'work'), fc.record({ on: fc.boolean(), stamp }));

export const articleDoc: fc.Arbitrary<ArticleDoc> = fc.record({
  _id: fc.constant('article:news.example.com/story'),
  type: fc.constant('article' as const),
  urlKey: fc.constant('news.example.com/story'),
  fields,
  stamps,
  tags,
  progress: fc.record({ value: fc.constantFrom(0, 0.5, 1), stamp }),
  deleted: fc.record({ on: fc.boolean(), stamp }),
  body: fc.option(fc.record({ hash: fc.constantFrom('h1', 'h2'), stamp }), { nil: null }),
});
