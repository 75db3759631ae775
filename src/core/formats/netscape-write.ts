import type { Article } from '../article';
import { unixSeconds } from './dates';
import { escapeHtml } from '../escape-html';
import { QUIRE_ATTRIBUTES } from './netscape-quire';

/** Quire's extension of the format (docs/io.md): what Netscape has no attribute for; other readers ignore unknown attributes. */
function quireAttributes(article: Article): string[] {
  const attrs: string[] = [];
  if (article.favorite) attrs.push(`${QUIRE_ATTRIBUTES.favorite}="1"`);
  if (article.byline) attrs.push(`${QUIRE_ATTRIBUTES.author}="${escapeHtml(article.byline)}"`);
  if (article.publishedTime) attrs.push(`${QUIRE_ATTRIBUTES.published}="${escapeHtml(article.publishedTime)}"`);
  return attrs;
}

function bookmark(article: Article): string {
  const attrs = [
    `HREF="${escapeHtml(article.url)}"`,
    `ADD_DATE="${unixSeconds(article.savedAt)}"`,
    `LAST_MODIFIED="${unixSeconds(article.updatedAt)}"`,
    `TAGS="${escapeHtml(article.tags.join(','))}"`,
    `TOREAD="${article.status === 'unread' ? 1 : 0}"`,
    ...quireAttributes(article),
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
