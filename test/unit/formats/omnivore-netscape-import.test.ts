import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/core/formats';
import { rootFolders, withRootFolderTags } from '../../../src/core/formats/root-folders';
import { basics, NOW, parseFixture } from './fixtures';

describe('importing an Omnivore export', () => {
  it('reads every metadata file with labels, state, progress and the bodies from content/<slug>.html', async () => {
    const result = await parseFixture('omnivore-export');
    expect(result.format).toBe('omnivore-zip');
    expect(result.fatal).toBeNull();
    expect(basics(result)).toEqual([
      { line: 1, url: 'https://www.inkandswitch.com/local-first/', title: 'Local-first software', tags: ['software', 'long read'], status: 'unread', favorite: false, savedAt: Date.parse('2024-07-02T09:15:00.000Z') },
      { line: 2, url: 'https://example.com/quartz-heron-notes', title: 'Quartz heron notes', tags: [], status: 'archived', favorite: false, savedAt: Date.parse('2024-06-01T08:00:00.000Z') },
      { line: 3, url: 'https://example.org/just-a-link', title: 'https://example.org/just-a-link', tags: ['later'], status: 'unread', favorite: false, savedAt: Date.parse('2024-05-01T08:00:00.000Z') },
    ]);
    const [first, second, third] = result.items;
    expect(first).toMatchObject({
      kind: 'article',
      byline: 'Martin Kleppmann',
      excerpt: 'You own your data, in spite of the cloud.',
      leadImageUrl: 'https://www.inkandswitch.com/local-first/static/cover.png',
      publishedTime: '2019-04-01T00:00:00.000Z',
      progress: 0.425,
    });
    expect(first?.html).toContain('<h2>Motivation: collaboration and ownership</h2>');
    expect(second?.progress).toBe(1);
    expect(third?.kind).toBe('link');
    expect(third?.html).toBeUndefined();
    expect(result.invalid).toEqual([{ file: 'metadata_3_to_4.json', line: 1, field: 'savedAt', message: 'unreadable date in savedAt' }]);
  });

  it('hands bodies over unsanitized, for the caller to sanitize before storing', async () => {
    const result = await parseFixture('omnivore-export');
    expect(result.items[0]?.html).toContain('onerror');
  });
});

describe('importing a Netscape bookmark file', () => {
  it('turns nested folders into tags, keeps browser root folders apart and rejects non-web links', async () => {
    const result = await parseFixture('bookmarks.html');
    expect(result.format).toBe('netscape');
    expect(result.fatal).toBeNull();
    expect(basics(result)).toEqual([
      { line: 11, url: 'https://developer.mozilla.org/en-US/', title: 'MDN Web Docs', tags: [], status: 'unread', favorite: false, savedAt: 1600000100000 },
      { line: 14, url: 'https://example.com/essay', title: 'An essay & a reply', tags: ['reading'], status: 'unread', favorite: false, savedAt: 1600000300000 },
      { line: 17, url: 'https://example.com/long', title: 'A very long read', tags: ['reading', 'long reads', 'history', 'weekend'], status: 'unread', favorite: false, savedAt: 1600000500000 },
      { line: 23, url: 'https://example.org/other', title: 'https://example.org/other', tags: [], status: 'unread', favorite: false, savedAt: 1600000700000 },
      { line: 25, url: 'https://example.com/essay', title: 'An essay & a reply', tags: [], status: 'unread', favorite: false, savedAt: 1600000900000 },
    ]);
    expect(result.items.map((item) => item.rootFolder)).toEqual(['Bookmarks bar', 'Bookmarks bar', 'Bookmarks bar', 'Other bookmarks', 'Other bookmarks']);
    expect(result.invalid).toEqual([{ line: 24, field: 'url', message: 'not a web address: place:sort=8&maxResults=10' }]);
  });

  it('offers "Bookmarks bar" and the other root folders as tags, given only to the bookmarks of the ones picked', async () => {
    const { items } = await parseFixture('bookmarks.html');
    expect(rootFolders(items)).toEqual([
      { name: 'Bookmarks bar', tag: 'bookmarks bar', count: 3 },
      { name: 'Other bookmarks', tag: 'other bookmarks', count: 2 },
    ]);
    expect(withRootFolderTags(items, ['Bookmarks bar']).map((item) => item.tags)).toEqual([
      ['bookmarks bar'],
      ['reading', 'bookmarks bar'],
      ['reading', 'long reads', 'history', 'weekend', 'bookmarks bar'],
      [],
      [],
    ]);
    expect(withRootFolderTags(items, [])).toBe(items);
  });

  it("knows Firefox's root folders by name: the Bookmarks Menu of its heading, the Bookmarks Toolbar", async () => {
    const firefox = [
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
      '<H1>Bookmarks Menu</H1>',
      '<DL><p>',
      '  <DT><A HREF="https://example.com/menu" ADD_DATE="1600000000">In the menu</A>',
      '  <DT><H3>Bookmarks Toolbar</H3>',
      '  <DL><p>',
      '    <DT><A HREF="https://example.com/bar" ADD_DATE="1600000000">On the toolbar</A>',
      '    <DT><H3>Other bookmarks</H3>',
      '    <DL><p><DT><A HREF="https://example.com/nested" ADD_DATE="1600000000">A folder of the user named so</A></DL><p>',
      '  </DL><p>',
      '</DL><p>',
    ].join('\n');
    const { items } = await parseImportFile('bookmarks.html', new TextEncoder().encode(firefox), NOW);
    expect(items.map(({ title, tags, rootFolder }) => [title, tags, rootFolder])).toEqual([
      ['In the menu', [], 'Bookmarks Menu'],
      ['On the toolbar', [], 'Bookmarks Toolbar'],
      ['A folder of the user named so', ['other bookmarks'], 'Bookmarks Toolbar'],
    ]);
  });

  it('reads TOREAD (marked links are unread, the others archived) and a <DD> note as the excerpt', async () => {
    const result = await parseFixture('pinboard-bookmarks.html');
    expect(result.items.map((item) => [item.title, item.status, item.tags, item.excerpt])).toEqual([
      ['To read', 'unread', ['later'], undefined],
      ['Was read', 'archived', [], 'A note about it'],
    ]);
  });
});
