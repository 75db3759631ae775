import { describe, expect, test } from 'vitest';
import type { ArticleMeta } from '../../../src/core/article';
import { DEFAULT_PARAMS, isUnfiltered, PAGE_SIZE, stillMatches, toListQuery } from '../../../popup/list/query';

const meta = (over: Partial<ArticleMeta>): ArticleMeta =>
  ({ id: 'a', status: 'unread', favorite: false, tags: [], ...over }) as ArticleMeta;

describe('what the reading list asks for', () => {
  test('opens on the newest saved first, one page, no filter', () => {
    expect(toListQuery(DEFAULT_PARAMS)).toEqual({ sort: 'savedAt', order: 'desc', limit: PAGE_SIZE, cursor: null });
  });

  test('each sort choice maps to a field and an order', () => {
    expect(toListQuery({ ...DEFAULT_PARAMS, sort: 'title' })).toMatchObject({ sort: 'title', order: 'asc' });
    expect(toListQuery({ ...DEFAULT_PARAMS, sort: 'longest' })).toMatchObject({ sort: 'readingMinutes', order: 'desc' });
    expect(toListQuery({ ...DEFAULT_PARAMS, sort: 'published' })).toMatchObject({ sort: 'publishedTime', order: 'desc' });
  });

  test('filters, tag and trimmed search text combine; favorites is a flag, not a status', () => {
    expect(toListQuery({ status: 'favorites', tag: 'science', query: '  glacier ', sort: 'newest' }, 'next')).toEqual({
      sort: 'savedAt', order: 'desc', limit: PAGE_SIZE, cursor: 'next', favorite: true, tag: 'science', query: 'glacier',
    });
    expect(toListQuery({ ...DEFAULT_PARAMS, status: 'archived', query: '   ' })).toMatchObject({ status: 'archived' });
    expect(toListQuery({ ...DEFAULT_PARAMS, query: '   ' })).not.toHaveProperty('query');
  });

  test('an article archived, unfavorited or untagged in place leaves a view that no longer fits it', () => {
    expect(stillMatches(meta({ status: 'archived' }), { ...DEFAULT_PARAMS, status: 'unread' })).toBe(false);
    expect(stillMatches(meta({ status: 'archived' }), DEFAULT_PARAMS)).toBe(true);
    expect(stillMatches(meta({ favorite: false }), { ...DEFAULT_PARAMS, status: 'favorites' })).toBe(false);
    expect(stillMatches(meta({ tags: ['a'] }), { ...DEFAULT_PARAMS, tag: 'b' })).toBe(false);
    expect(stillMatches(meta({ tags: ['a', 'b'] }), { ...DEFAULT_PARAMS, tag: 'b' })).toBe(true);
  });

  test('only an empty list without filters or search counts as a new user', () => {
    expect(isUnfiltered(DEFAULT_PARAMS)).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_PARAMS, query: ' ' })).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_PARAMS, query: 'x' })).toBe(false);
    expect(isUnfiltered({ ...DEFAULT_PARAMS, tag: 'x' })).toBe(false);
  });
});
