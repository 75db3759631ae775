import { describe, expect, test } from 'vitest';
import { matchingTags } from '../../../src/ui/components/tag-matches';

describe('tags offered while typing', () => {
  const known = ['politics', 'world news', 'europe', 'news', 'podcasts', 'newsletters'];

  test('tags starting with the typed text come before tags containing it', () => {
    expect(matchingTags(known, 'news', [])).toEqual(['news', 'newsletters', 'world news']);
  });

  test('typing is matched case-insensitively and trimmed', () => {
    expect(matchingTags(known, '  PO', [])).toEqual(['politics', 'podcasts']);
  });

  test('tags already chosen are not offered again', () => {
    expect(matchingTags(known, 'news', ['news'])).toEqual(['newsletters', 'world news']);
  });

  test('nothing typed, nothing offered', () => {
    expect(matchingTags(known, ' ', [])).toEqual([]);
  });

  test('at most six are offered', () => {
    const many = Array.from({ length: 10 }, (_, i) => `tag${i}`);
    expect(matchingTags(many, 'tag', [])).toHaveLength(6);
  });
});
