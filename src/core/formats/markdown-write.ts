import type { Article } from '../article';
import { localDate } from './dates';
import { highlightsSection } from './markdown-highlights';
import { escapeMarkdown, markdownUrl } from './markdown-text';

function entry(article: Article): string {
  const facts = [article.siteName, article.byline].filter((fact): fact is string => Boolean(fact)).map(escapeMarkdown);
  facts.push(`saved ${localDate(article.savedAt)}`);
  if (article.favorite) facts.push('★');
  const tags = article.tags.map((tag) => `\`${tag.replace(/`/g, "'")}\``).join(' ');
  const lines = [`- [${escapeMarkdown(article.title)}](${markdownUrl(article.url)}) — ${facts.join(' · ')}${tags ? ` · ${tags}` : ''}`];
  if (article.excerpt) lines.push(`  > ${escapeMarkdown(article.excerpt)}`);
  const highlights = highlightsSection(article.highlights, 4, '  ');
  if (highlights) lines.push('', highlights.trimEnd());
  return lines.join('\n');
}

function section(heading: string, articles: readonly Article[]): string[] {
  return articles.length === 0 ? [] : [`## ${heading} (${articles.length})`, '', ...articles.map(entry), ''];
}

/** The whole list in one Markdown file: unread first, then archived, each newest first as given. */
export function writeMarkdownList(articles: readonly Article[], now: Date): string {
  return [
    '# Quire reading list',
    '',
    `Exported ${localDate(now)}: ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}.`,
    '',
    ...section('Unread', articles.filter((a) => a.status === 'unread')),
    ...section('Archived', articles.filter((a) => a.status === 'archived')),
  ].join('\n');
}
