import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/core/formats';
import { NOW } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

describe('CSV files from any system', () => {
  it('reads Windows line endings, a byte-order mark and blank lines, with true line numbers', async () => {
    const text = '\uFEFFURL,Title,Selection,Folder,Timestamp\r\nhttps://example.com/a,"A\r\ntwo-line title",,Unread,1700000000\r\n\r\nnot a url,B,,Unread,1700000001\r\n';
    const result = await parseImportFile('instapaper-export.csv', encode(text), NOW);
    expect(result.format).toBe('instapaper-csv');
    expect(result.items.map((item) => [item.line, item.title])).toEqual([[2, 'A\r\ntwo-line title']]);
    expect(result.invalid).toEqual([{ line: 5, field: 'url', message: 'not a web address: not a url' }]);
  });

  it('finds columns by name whatever their case and order, ignoring extra ones', async () => {
    const text = 'Status,Extra,TAGS,Url,Title,Time_Added\narchive,x,a|b,https://example.com/a,Title,1700000000\n';
    const result = await parseImportFile('part_000000.csv', encode(text), NOW);
    expect(result.items).toEqual([
      { line: 2, url: 'https://example.com/a', title: 'Title', tags: ['a', 'b'], status: 'archived', favorite: false, savedAt: 1700000000000, kind: 'link' },
    ]);
  });

  it('gives rows without a date the import time', async () => {
    const text = 'title,url,time_added,tags,status\nUndated,https://example.com/u,,,unread\n';
    const result = await parseImportFile('part_000000.csv', encode(text), NOW);
    expect(result.items[0]?.savedAt).toBe(NOW);
  });
});
