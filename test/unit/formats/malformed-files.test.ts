import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/core/formats';
import { fixtureBytes, NOW, parseFixture, zipFixture } from './fixtures';

describe('a malformed or truncated file is refused whole, naming the line or field', () => {
  it.each([
    ['pocket-broken-export', 'pocket-zip', { file: 'part_000000.csv', line: 3 }],
    ['instapaper-export-truncated.csv', 'instapaper-csv', { line: 3 }],
    ['raindrop-export-no-url.csv', 'unknown', { line: 1, field: 'url' }],
    ['ril_export-truncated.html', 'pocket-html', { line: 17 }],
    ['bookmarks-truncated.html', 'netscape', { line: 17 }],
    ['omnivore-broken-export', 'omnivore-zip', { file: 'metadata_0_to_3.json', line: 19 }],
    ['quire-export-truncated.json', 'quire-json', { line: 3 }],
    ['quire-export-future-version.json', 'quire-json', { line: 1, field: 'version' }],
  ])('%s (%s)', async (name, format, where) => {
    const result = await parseFixture(name);
    expect(result.format).toBe(format);
    expect(result.items).toEqual([]);
    expect(result.fatal).toMatchObject(where);
    expect(result.fatal?.message).toMatch(/\w/);
  });

  it('refuses a zip cut off in transfer', async () => {
    const zip = zipFixture('pocket-export');
    const result = await parseImportFile('pocket.zip', zip.slice(0, zip.length - 30), NOW);
    expect(result.items).toEqual([]);
    expect(result.fatal).toMatchObject({ field: 'zip' });
  });

  it('refuses a file named .zip that is not one', async () => {
    const result = await parseImportFile('export.zip', fixtureBytes('ril_export.html'), NOW);
    expect(result.fatal).toMatchObject({ field: 'zip' });
  });

  it('refuses a zip holding no known export', async () => {
    const result = await parseImportFile('photos.zip', zipFixture('omnivore-export/content'), NOW);
    expect(result.fatal).toMatchObject({ field: 'zip' });
  });

  it('lists bad Quire JSON articles by their place in the list and the field at fault', async () => {
    const result = await parseFixture('quire-export-invalid-rows.json');
    expect(result.fatal).toBeNull();
    expect(result.items).toEqual([
      { line: 1, url: 'https://example.com/minimal', title: 'Only the essentials', tags: [], status: 'unread', favorite: false, savedAt: NOW, kind: 'link' },
    ]);
    expect(result.invalid.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 2, field: 'url' },
      { line: 3, field: 'tags' },
      { line: 4, field: 'savedAt' },
      { line: 5, field: undefined },
    ]);
  });
});
