import { describe, expect, it } from 'vitest';
import { wordStats } from '../../../src/core/words';

describe('word count and reading time', () => {
  it('counts words in space-separated languages', () => {
    expect(wordStats("It's a well-known fact: 3 dogs.")).toEqual({ wordCount: 6, readingMinutes: 1 });
    expect(wordStats('word '.repeat(2300)).readingMinutes).toBe(10);
  });

  it('counts each Chinese or Japanese character, read faster than words', () => {
    expect(wordStats('日本語の文章です。').wordCount).toBe(8);
    expect(wordStats('中'.repeat(5000)).readingMinutes).toBe(10);
  });
});
