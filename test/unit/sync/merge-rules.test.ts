import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDeleted, localDoc, mergeArticleDocs, type ArticleDoc, type LocalArticle } from '../../../src/core/sync';
import type { ArticleMeta } from '../../../src/core/article';
import { articleDoc } from './doc-arbitrary';

const KEY = 'news.example.com/story';

const meta: ArticleMeta = {
  id: 'a1',
  url: 'https://news.example.com/story',
  canonicalUrl: 'https://news.example.com/story',
  title: 'A story',
  byline: null,
  siteName: null,
  excerpt: null,
  lang: 'en',
  dir: null,
  publishedTime: null,
  modifiedTime: null,
  savedAt: 1000,
  updatedAt: 1000,
  readAt: null,
  status: 'unread',
  favorite: false,
  tags: ['news'],
  wordCount: 10,
  readingMinutes: 1,
  leadImageUrl: null,
  faviconUrl: null,
  progress: 0,
  kind: 'article',
};

const local = (change: Partial<ArticleMeta> = {}, bodyHash: string | null = 'h1'): LocalArticle => ({ meta: { ...meta, ...change }, bodyHash });
const saved = (device: string, at = 1000) => localDoc(null, KEY, local(), false, { at, device })!;
const edited = (doc: ArticleDoc, device: string, at: number, change: Partial<ArticleMeta>) => localDoc(doc, KEY, local(change), false, { at, device })!;

describe('merging two versions of an article', () => {
  test('either order, any grouping and any repeat give the same article', () => {
    fc.assert(
      fc.property(articleDoc, articleDoc, articleDoc, (a, b, c) => {
        expect(mergeArticleDocs(a, b)).toEqual(mergeArticleDocs(b, a));
        expect(mergeArticleDocs(mergeArticleDocs(a, b), c)).toEqual(mergeArticleDocs(a, mergeArticleDocs(b, c)));
        expect(mergeArticleDocs(a, a)).toEqual(a);
        expect(mergeArticleDocs(mergeArticleDocs(a, b), b)).toEqual(mergeArticleDocs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  test('the same article edited on two devices keeps the newer change of each field', () => {
    const start = saved('laptop');
    const laptop = edited(start, 'laptop', 2000, { title: 'Renamed on the laptop', status: 'archived' });
    const desktop = edited(start, 'desktop', 3000, { title: 'Renamed on the desktop', favorite: true });
    const merged = mergeArticleDocs(laptop, desktop);
    expect(merged.fields).toMatchObject({ title: 'Renamed on the desktop', status: 'archived', favorite: true });
  });

  test('tags added and removed on both devices keep both sides', () => {
    const start = localDoc(null, KEY, local({ tags: ['news', 'later'] }), false, { at: 1000, device: 'laptop' })!;
    const laptop = edited(start, 'laptop', 2000, { tags: ['news', 'work'] });
    const desktop = edited(start, 'desktop', 3000, { tags: ['later', 'travel'] });
    const tags = Object.entries(mergeArticleDocs(laptop, desktop).tags).filter(([, tag]) => tag.on).map(([tag]) => tag);
    expect(tags.sort()).toEqual(['travel', 'work']);
  });

  test('reading progress keeps the furthest point, even when the other device read later', () => {
    const start = saved('laptop');
    const laptop = edited(start, 'laptop', 2000, { progress: 0.8 });
    const desktop = edited(start, 'desktop', 3000, { progress: 0.3 });
    expect(mergeArticleDocs(laptop, desktop).progress.value).toBe(0.8);
  });

  test('a removal on one device removes the article, and an undo there brings it back', () => {
    const start = saved('laptop');
    const removed = localDoc(start, KEY, null, false, { at: 2000, device: 'laptop' })!;
    expect(isDeleted(mergeArticleDocs(start, removed))).toBe(true);
    const undone = localDoc(removed, KEY, local(), false, { at: 2500, device: 'laptop' })!;
    expect(isDeleted(mergeArticleDocs(removed, undone))).toBe(false);
  });

  test('an article changed on another device after it was removed here stays in the list', () => {
    const start = saved('laptop');
    const removed = localDoc(start, KEY, null, false, { at: 2000, device: 'laptop' })!;
    const readOn = edited(start, 'desktop', 3000, { progress: 0.5 });
    expect(isDeleted(mergeArticleDocs(removed, readOn))).toBe(false);
    const readBefore = edited(start, 'desktop', 1500, { progress: 0.5 });
    expect(isDeleted(mergeArticleDocs(removed, readBefore))).toBe(true);
  });

  test("a change made here wins over the other device's even when that device's clock runs ahead", () => {
    const ahead = edited(saved('desktop', 1000), 'desktop', 9000, { title: 'From the fast clock' });
    const mine = edited(ahead, 'laptop', 2000, { title: 'Mine' });
    expect(mergeArticleDocs(ahead, mine).fields.title).toBe('Mine');
    const removedHere = localDoc(ahead, KEY, null, false, { at: 2000, device: 'laptop' })!;
    expect(isDeleted(mergeArticleDocs(ahead, removedHere))).toBe(true);
  });

  test('the body the article names is the newer one', () => {
    const start = saved('laptop');
    const laptop = localDoc(start, KEY, local({}, 'h2'), true, { at: 2000, device: 'laptop' })!;
    expect(mergeArticleDocs(start, laptop).body?.hash).toBe('h2');
    expect(mergeArticleDocs(start, { ...start, body: null }).body?.hash).toBe('h1');
  });

  test('two different articles are refused', () => {
    expect(() => mergeArticleDocs(saved('a'), { ...saved('b'), urlKey: 'other.example/x', _id: 'article:other.example/x' })).toThrow(/different articles/);
  });
});
