import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFile, type ExportFormat } from '../../../src/core/formats';
import { article } from './sample-article';

const NOW = new Date(2026, 0, 5, 23, 30);

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('export files', () => {
  it.each([
    ['quire-json', 'quire-2026-01-05.json', 'application/json'],
    ['pocket-csv', 'quire-2026-01-05.csv', 'text/csv'],
    ['netscape', 'quire-bookmarks-2026-01-05.html', 'text/html'],
    ['markdown', 'quire-2026-01-05.md', 'text/markdown'],
    ['markdown-zip', 'quire-2026-01-05.zip', 'application/zip'],
    ['html', 'quire-list-2026-01-05.html', 'text/html'],
  ] as const)('%s is named %s after the local date', (format: ExportFormat, fileName, mimeType) => {
    const file = exportFile([article()], format, NOW);
    expect(file.fileName).toBe(fileName);
    expect(file.mimeType).toBe(mimeType);
  });

  it('every format downloads under its own name, so one export never overwrites another of the same day', () => {
    const formats: ExportFormat[] = ['quire-json', 'pocket-csv', 'netscape', 'markdown', 'markdown-zip', 'html'];
    const names = formats.map((format) => exportFile([article()], format, NOW).fileName);
    expect(new Set(names).size).toBe(formats.length);
  });

  it('Pocket CSV starts with Pocket columns: tags joined by |, unix seconds, unread or archive', () => {
    const data = String(exportFile([article({ status: 'archived', savedAt: 1700000000999 })], 'pocket-csv', NOW).data);
    const [header, row] = data.split('\n');
    expect(header?.startsWith('title,url,time_added,tags,status,')).toBe(true);
    expect(row?.startsWith('A story,https://example.com/story,1700000000,news|long read,archive,')).toBe(true);
  });

  it("Netscape file has the doctype browsers look for, ADD_DATE, TAGS and TOREAD, then Quire's favorite, author and published date", () => {
    const data = String(exportFile([article({ savedAt: 1700000000999, favorite: true })], 'netscape', NOW).data);
    expect(data.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    expect(data).toContain('<DT><A HREF="https://example.com/story" ADD_DATE="1700000000" LAST_MODIFIED="');
    expect(data).toContain('TAGS="news,long read" TOREAD="1" QUIRE_FAVORITE="1" QUIRE_AUTHOR="Ada Writer" QUIRE_PUBLISHED="2025-12-01T08:00:00Z">A story</A>');
  });

  it('Markdown zip holds one file per article with YAML front matter and the body as Markdown', () => {
    const articles = [article(), article({ id: 'a2', url: 'https://example.com/2', byline: null, publishedTime: null, tags: [], kind: 'link', html: '' })];
    const files = unzipSync(exportFile(articles, 'markdown-zip', NOW).data as Uint8Array);
    expect(Object.keys(files)).toEqual(['2026-01-02-a-story.md', '2026-01-02-a-story-2.md']);
    const first = strFromU8(files['2026-01-02-a-story.md'] as Uint8Array);
    expect(first).toBe(
      [
        '---',
        'title: "A story"',
        'source: "https://example.com/story"',
        'author: "Ada Writer"',
        'published: "2025-12-01T08:00:00Z"',
        `saved: "${new Date(2026, 0, 2, 9).toISOString()}"`,
        'tags: ["news", "long read"]',
        '---',
        '',
        '# A story',
        '',
        '## Section',
        '',
        'Some **bold** text and [a link](https://example.org/).',
        '',
        '-   one',
        '-   two',
        '',
      ].join('\n'),
    );
    const second = strFromU8(files['2026-01-02-a-story-2.md'] as Uint8Array);
    expect(second).toContain('author: null\npublished: null\n');
    expect(second).toContain('tags: []\n');
    expect(second.endsWith('[A story](<https://example.com/2>)\n')).toBe(true);
  });

  it('front matter quotes titles that would break YAML', () => {
    const files = unzipSync(exportFile([article({ title: 'Colon: "quotes" and\nnew line' })], 'markdown-zip', NOW).data as Uint8Array);
    const text = strFromU8(Object.values(files)[0] as Uint8Array);
    expect(text).toContain('title: "Colon: \\"quotes\\" and\\nnew line"\n');
  });

  it('Markdown list groups unread and archived, escaping titles', () => {
    const data = String(exportFile([article({ title: 'A [bracketed] *title*' }), article({ id: 'b', status: 'archived', title: 'Old' })], 'markdown', NOW).data);
    expect(data).toContain('## Unread (1)\n\n- [A \\[bracketed\\] \\*title\\*](<https://example.com/story>) — Example News · Ada Writer · saved 2026-01-02 · `news` `long read`');
    expect(data).toContain('## Archived (1)\n\n- [Old]');
  });

  it('HTML list is self-contained and shows hostile text as text', () => {
    const data = String(exportFile([article({ title: HOSTILE, excerpt: HOSTILE, tags: ['<b>'], url: 'https://example.com/?a="b"' })], 'html', NOW).data);
    const tags = new Set([...data.matchAll(/<\/?([a-z!][a-z0-9]*)/gi)].map((match) => match[1]?.toLowerCase()));
    expect([...tags].sort()).toEqual(['!doctype', 'a', 'blockquote', 'body', 'div', 'h1', 'h2', 'head', 'html', 'li', 'meta', 'ol', 'p', 'section', 'span', 'style', 'title']);
    expect(data).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(data).toContain('href="https://example.com/?a=&quot;b&quot;"');
    expect(data).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('Quire JSON carries format, version and export time', () => {
    const parsed = JSON.parse(String(exportFile([article()], 'quire-json', NOW).data));
    expect(parsed).toMatchObject({ format: 'quire', version: 2, exportedAt: NOW.toISOString() });
    expect(parsed.articles).toEqual([article()]);
  });
});
