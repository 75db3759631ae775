import { describe, expect, test } from 'vitest';
import { ImportStages, STAGE_TTL_MS } from '../../../src/background/import-stage';
import type { ImportItem } from '../../../src/core/formats/types';

const item = (line: number): ImportItem => ({
  line, url: `https://example.com/${line}`, title: `Article ${line}`, tags: [], status: 'unread', favorite: false, savedAt: 0, kind: 'link',
});

describe('a large import staged in chunks', () => {
  test('commit takes every chunk in the order sent, once', () => {
    const stages = new ImportStages();
    expect(stages.add('s', [item(1), item(2)])).toBe(2);
    expect(stages.add('s', [item(3)])).toBe(3);
    expect(stages.take('s')?.map((i) => i.line)).toEqual([1, 2, 3]);
    expect(stages.take('s')).toBeNull();
  });

  test('two imports at once do not mix', () => {
    const stages = new ImportStages();
    stages.add('a', [item(1)]);
    stages.add('b', [item(2)]);
    expect(stages.take('a')?.map((i) => i.line)).toEqual([1]);
    expect(stages.take('b')?.map((i) => i.line)).toEqual([2]);
  });

  test('a discarded import cannot be committed', () => {
    const stages = new ImportStages();
    stages.add('s', [item(1)]);
    expect(stages.discard('s')).toBe(true);
    expect(stages.take('s')).toBeNull();
    expect(stages.discard('s')).toBe(false);
  });

  test('an import abandoned midway is dropped after a while, one still sending is kept', () => {
    let now = 0;
    const stages = new ImportStages(() => now);
    stages.add('abandoned', [item(1)]);
    stages.add('busy', [item(2)]);
    now = STAGE_TTL_MS - 1;
    stages.add('busy', [item(3)]);
    now = STAGE_TTL_MS + 1;
    expect(stages.take('abandoned')).toBeNull();
    expect(stages.take('busy')?.map((i) => i.line)).toEqual([2, 3]);
  });
});
