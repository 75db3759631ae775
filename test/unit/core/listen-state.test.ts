import { describe, expect, test } from 'vitest';
import { positionOf, withListenDefaults, withPosition } from '../../../src/core/listen-state';

describe('where listening stopped', () => {
  test('is remembered per article, and forgotten once listened to the end (sentence 0)', () => {
    let state = withListenDefaults(undefined);
    state = withPosition(state, 'a', 12, 1000);
    state = withPosition(state, 'b', 3, 2000);
    expect(positionOf(state, 'a')).toBe(12);
    expect(positionOf(state, 'b')).toBe(3);
    expect(positionOf(state, 'never')).toBe(0);
    state = withPosition(state, 'a', 0, 3000);
    expect(positionOf(state, 'a')).toBe(0);
    expect(Object.keys(state.positions)).toEqual(['b']);
  });

  test('keeps only the articles listened to most recently', () => {
    let state = withListenDefaults(undefined);
    for (let i = 1; i <= 5; i++) state = withPosition(state, `article-${i}`, i, i * 1000, 3);
    expect(Object.keys(state.positions).sort()).toEqual(['article-3', 'article-4', 'article-5']);
  });

  test('a stored speed outside 0.5–2, or a broken position, reads as the default', () => {
    expect(withListenDefaults({ rate: 7 }).rate).toBe(1);
    expect(withListenDefaults({ rate: 1.5 }).rate).toBe(1.5);
    expect(positionOf({ rate: 1, positions: { a: { sentence: -4, at: 1 } } }, 'a')).toBe(0);
    expect(positionOf({ rate: 1, positions: { a: { sentence: 2.5, at: 1 } } }, 'a')).toBe(0);
  });
});
