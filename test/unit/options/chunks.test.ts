import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { chunkBySize } from '../../../options/import/chunks';

const json = (value: unknown) => JSON.stringify(value).length;

describe('splitting an import into messages', () => {
  test('a small import goes in one message', () => {
    expect(chunkBySize([{ url: 'a' }, { url: 'b' }])).toEqual([[{ url: 'a' }, { url: 'b' }]]);
  });

  test('no import gives no message', () => {
    expect(chunkBySize([])).toEqual([]);
  });

  test('chunks keep every item, in order, each within the size and count budgets', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ url: fc.webUrl(), html: fc.string({ maxLength: 300 }) }), { maxLength: 200 }), fc.integer({ min: 400, max: 5000 }), fc.integer({ min: 1, max: 50 }), (items, maxChars, maxItems) => {
        const chunks = chunkBySize(items, maxChars, maxItems);
        expect(chunks.flat()).toEqual(items);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(maxItems);
          if (chunk.length > 1) expect(chunk.reduce((sum, item) => sum + json(item) + 1, 0)).toBeLessThanOrEqual(maxChars);
        }
      }),
    );
  });

  test('an item larger than the budget travels alone rather than being dropped', () => {
    const big = { url: 'big', html: 'x'.repeat(1000) };
    expect(chunkBySize([{ url: 'a' }, big, { url: 'b' }], 100)).toEqual([[{ url: 'a' }], [big], [{ url: 'b' }]]);
  });

  test('characters JSON escapes count at their escaped length', () => {
    const quoted = { html: '"'.repeat(60) };
    expect(chunkBySize([quoted, quoted], 200)).toHaveLength(2);
  });
});
