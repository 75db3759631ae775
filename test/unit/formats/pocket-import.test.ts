import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/core/formats';
import { basics, NOW, parseFixture } from './fixtures';

describe('importing a Pocket export', () => {
  it('reads every part of the zip by column name, with or without the cursor column', async () => {
    const result = await parseFixture('pocket-export');
    expect(result.format).toBe('pocket-zip');
    expect(result.fatal).toBeNull();
    expect(result.invalid).toEqual([]);
    expect(basics(result)).toEqual([
      { line: 2, url: 'https://github.com/hoarder-app', title: 'Hoarder App', tags: [], status: 'unread', favorite: false, savedAt: 1728576752000 },
      {
        line: 3,
        url: 'https://github.com/hoarder-app/hoarder',
        title: 'A self-hostable bookmark app: links, notes and images',
        tags: ['opensource', 'withäumlaut', 'with space'],
        status: 'unread',
        favorite: false,
        savedAt: 1728576700000,
      },
      { line: 4, url: 'https://somewebsite.com/with,commas,in,the,url', title: 'Some Website Title', tags: [], status: 'archived', favorite: false, savedAt: 1728570000000 },
      { line: 2, url: 'https://example.org/untitled', title: 'https://example.org/untitled', tags: ['reading'], status: 'archived', favorite: false, savedAt: 1600000000000 },
      { line: 3, url: 'https://example.net/quotes?utm_source=pocket_saves', title: 'Quotes "inside" a title', tags: [], status: 'unread', favorite: false, savedAt: 1600000100000 },
    ]);
    expect(result.items.every((item) => item.kind === 'link')).toBe(true);
  });

  it('lists rows without a usable address or date, or cut short, by line and keeps the rest', async () => {
    const result = await parseFixture('pocket-invalid-rows.csv');
    expect(result.format).toBe('pocket-csv');
    expect(result.fatal).toBeNull();
    expect(result.items.map((item) => [item.line, item.title])).toEqual([
      [2, 'Good row'],
      [6, 'Two\nline title'],
    ]);
    expect(result.invalid).toEqual([
      { line: 3, field: 'url', message: 'no URL' },
      { line: 4, field: 'url', message: 'not a web address: javascript:alert(1)' },
      { line: 5, field: 'time_added', message: 'unreadable date in time_added' },
      { line: 8, message: 'only 2 of 5 columns: the row is cut off' },
    ]);
  });

  it('reads the older HTML export: Unread and Read Archive sections, tags and time_added', async () => {
    const result = await parseFixture('ril_export.html');
    expect(result.format).toBe('pocket-html');
    expect(result.fatal).toBeNull();
    expect(basics(result)).toEqual([
      {
        line: 11,
        url: 'https://www.theatlantic.com/technology/archive/2018/05/a-long-read/560000/',
        title: 'A Long Read & Other Stories',
        tags: ['longform', 'tech'],
        status: 'unread',
        favorite: false,
        savedAt: 1528394959000,
      },
      { line: 12, url: 'https://example.com/no-tags', title: 'https://example.com/no-tags', tags: [], status: 'unread', favorite: false, savedAt: 1528390000000 },
      { line: 17, url: 'https://example.org/done', title: 'Finished it', tags: ['done'], status: 'archived', favorite: false, savedAt: 1400000000000 },
    ]);
  });

  it("reads the progress and word count of Quire's own CSV, and names a cell that is not a number", async () => {
    const csv = [
      'title,url,time_added,tags,status,word_count,progress',
      'Read half,https://example.com/a,1600000000,,unread,1200,0.5',
      'No figures,https://example.com/b,1600000000,,unread,,',
      'Bad progress,https://example.com/c,1600000000,,unread,10,halfway',
      'Bad count,https://example.com/d,1600000000,,unread,-3,0',
    ].join('\n');
    const result = await parseImportFile('quire.csv', new TextEncoder().encode(csv), NOW);
    expect(result.items.map(({ title, wordCount, progress }) => ({ title, wordCount, progress }))).toEqual([
      { title: 'Read half', wordCount: 1200, progress: 0.5 },
      { title: 'No figures', wordCount: undefined, progress: undefined },
    ]);
    expect(result.invalid).toEqual([
      { line: 4, field: 'progress', message: 'unreadable number in progress: halfway' },
      { line: 5, field: 'word_count', message: 'unreadable number in word_count: -3' },
    ]);
  });
});
