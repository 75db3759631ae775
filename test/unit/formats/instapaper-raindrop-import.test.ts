import { describe, expect, it } from 'vitest';
import { basics, parseFixture } from './fixtures';

describe('importing an Instapaper CSV', () => {
  it('maps folders to status, favorites or tags and reads the JSON Tags column', async () => {
    const result = await parseFixture('instapaper-export.csv');
    expect(result.format).toBe('instapaper-csv');
    expect(result.fatal).toBeNull();
    expect(result.invalid).toEqual([]);
    expect(basics(result)).toEqual([
      { line: 2, url: 'https://www.newyorker.com/magazine/a-story', title: 'A Story', tags: ['fiction', 'weekend'], status: 'unread', favorite: false, savedAt: 1700000000000 },
      { line: 3, url: 'https://example.com/archived', title: 'Archived piece', tags: [], status: 'archived', favorite: false, savedAt: 1690000000000 },
      { line: 4, url: 'https://example.com/starred', title: 'Starred piece', tags: [], status: 'unread', favorite: true, savedAt: 1680000000000 },
      { line: 5, url: 'https://example.com/cooking', title: 'Bread', tags: ['baking', 'recipes'], status: 'unread', favorite: false, savedAt: 1670000000000 },
    ]);
    expect(result.items[0]?.excerpt).toBe('A selected passage, with a comma');
  });
});

describe('importing a Raindrop CSV', () => {
  it('makes collections into tags (but not Unsorted), reads favorites, ISO and unix dates', async () => {
    const result = await parseFixture('raindrop-export.csv');
    expect(result.format).toBe('raindrop-csv');
    expect(result.fatal).toBeNull();
    expect(result.invalid).toEqual([]);
    expect(basics(result)).toEqual([
      { line: 2, url: 'https://doc.rust-lang.org/rust-by-example/', title: 'Rust by Example', tags: ['rust', 'programming'], status: 'unread', favorite: false, savedAt: Date.parse('2024-03-15T09:30:00.000Z') },
      { line: 3, url: 'https://news.ycombinator.com/', title: 'Hacker News', tags: ['research', 'go'], status: 'unread', favorite: true, savedAt: Date.parse('2024-04-01T12:00:00.000Z') },
      { line: 5, url: 'https://example.com/untitled', title: 'https://example.com/untitled', tags: ['reading'], status: 'unread', favorite: false, savedAt: 1704164645000 },
    ]);
    expect(result.items[0]).toMatchObject({ excerpt: 'Learn Rust with examples, one by one', leadImageUrl: 'https://doc.rust-lang.org/cover.png' });
  });
});
