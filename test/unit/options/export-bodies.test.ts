import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/core/article';
import { exportFile, type ExportFormat } from '../../../src/core/formats';
import { FORMATS_WITH_BODIES } from '../../../options/export/read-articles';

const ALL: ExportFormat[] = ['quire-json', 'pocket-csv', 'netscape', 'markdown', 'markdown-zip', 'html'];
const NOW = new Date('2026-03-04T05:06:07Z');

const article: Article = {
  id: 'a1', url: 'https://example.com/a', canonicalUrl: 'https://example.com/a', title: 'A title',
  byline: 'Ann Author', siteName: 'Example', excerpt: 'Short.', lang: 'en', dir: null,
  publishedTime: '2026-01-01T00:00:00Z', modifiedTime: null, savedAt: 1767225600000, updatedAt: 1767225600000,
  readAt: null, status: 'unread', favorite: true, tags: ['news'], wordCount: 4, readingMinutes: 1,
  leadImageUrl: null, faviconUrl: null, progress: 0.5, kind: 'article',
  html: '<p>The <em>body</em> of it.</p>', text: 'The body of it.',
};
const withoutBody: Article = { ...article, html: '', text: '' };

describe('exports read bodies only for formats that write them', () => {
  test.each(ALL.filter((f) => !FORMATS_WITH_BODIES.has(f)))('%s is the same file without the bodies', (format) => {
    expect(exportFile([withoutBody], format, NOW).data).toEqual(exportFile([article], format, NOW).data);
  });

  test.each([...FORMATS_WITH_BODIES])('%s carries the bodies', (format) => {
    expect(exportFile([withoutBody], format, NOW).data).not.toEqual(exportFile([article], format, NOW).data);
  });
});
