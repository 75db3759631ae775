/** One plain stored article with a short body; tests override what they look at. */
import type { Article } from '../../../src/core/article';

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    url: 'https://example.com/story',
    canonicalUrl: 'https://example.com/story',
    title: 'A story',
    byline: 'Ada Writer',
    siteName: 'Example News',
    excerpt: 'The first lines.',
    lang: 'en',
    dir: 'ltr',
    publishedTime: '2025-12-01T08:00:00Z',
    modifiedTime: null,
    savedAt: new Date(2026, 0, 2, 9).getTime(),
    updatedAt: new Date(2026, 0, 3, 9).getTime(),
    readAt: null,
    status: 'unread',
    favorite: false,
    tags: ['news', 'long read'],
    wordCount: 900,
    readingMinutes: 4,
    leadImageUrl: null,
    faviconUrl: null,
    progress: 0,
    kind: 'article',
    html: '<h2>Section</h2><p>Some <strong>bold</strong> text and <a href="https://example.org/">a link</a>.</p><ul><li>one</li><li>two</li></ul>',
    text: 'Section\nSome bold text and a link.\none\ntwo',
    ...overrides,
  };
}
