import type { Article } from '../article';
import { unixSeconds } from './dates';
import { escapeHtml } from '../escape-html';

function bookmark(article: Article): string {
  const attrs = [
    `HREF="${escapeHtml(article.url)}"`,
    `ADD_DATE="${unixSeconds(article.savedAt)}"`,
    `LAST_MODIFIED="${unixSeconds(article.updatedAt)}"`,
    `TAGS="${escapeHtml(article.tags.join(','))}"`,
    `TOREAD="${article.status === 'unread' ? 1 : 0}"`,
  ];
  const note = article.excerpt ? `\n    <DD>${escapeHtml(article.excerpt)}` : '';
  return `    <DT><A ${attrs.join(' ')}>${escapeHtml(article.title)}</A>${note}`;
}

/** The bookmark file format browsers and read-later services import; TOREAD="1" marks unread. */
export function writeNetscape(articles: readonly Article[]): string {
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- Exported by Quire. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Quire reading list</TITLE>',
    '<H1>Quire reading list</H1>',
    '<DL><p>',
    ...articles.map(bookmark),
    '</DL><p>',
    '',
  ].join('\n');
}
