import { describe, expect, test } from 'vitest';
import { MAX_TAG_LENGTH, mergeTags, normalizeTag, normalizeTags } from '../../../src/core/tags';

describe('tags', () => {
  test('are lower-case and trimmed, with inner whitespace collapsed', () => {
    expect(normalizeTag('  World   News ')).toBe('world news');
  });

  test('are cut to a readable length', () => {
    expect(normalizeTag('x'.repeat(100))).toHaveLength(MAX_TAG_LENGTH);
  });

  test('lose duplicates and empties but keep the order the user gave', () => {
    expect(normalizeTags(['Iran', 'iran ', '', '  ', 'Albania'])).toEqual(['iran', 'albania']);
  });

  test('from two sources unite', () => {
    expect(mergeTags(['a', 'b'], ['B', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
