import { describe, expect, test } from 'vitest';
import { formatBytes } from '../../../options/data/bytes';

describe('storage sizes on the options page', () => {
  test.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [155_000, '155 kB'],
    [12_345_678, '12.3 MB'],
    [10_700_000_000, '10.7 GB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });
});
