/**
 * Highlights in Markdown, in the shape Obsidian and Readwise users import: a "Highlights"
 * heading, each highlight a block quote, its note below it.
 */
import type { Article, FileHighlight } from '../article';
import { localDate } from './dates';
import { escapeMarkdown, markdownUrl } from './markdown-text';

function quoted(text: string, indent: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `${indent}> ${escapeMarkdown(line)}`)
    .join('\n');
}

function one(highlight: FileHighlight, indent: string): string {
  const note = highlight.note.trim();
  return note ? `${quoted(highlight.quote.exact, indent)}\n\n${indent}**Note:** ${escapeMarkdown(note).replace(/\r?\n/g, ` \n${indent}`)}` : quoted(highlight.quote.exact, indent);
}

/** The section, `level` the heading's depth; empty when there are none. */
export function highlightsSection(highlights: readonly FileHighlight[] | undefined, level = 2, indent = ''): string {
  if (!highlights?.length) return '';
  return `${indent}${'#'.repeat(level)} Highlights\n\n${highlights.map((h) => one(h, indent)).join('\n\n')}\n\n`;
}

/** "Highlights only": every article that has highlights, its title, source and highlights with notes. */
export function writeHighlightsMarkdown(articles: readonly Article[], now: Date): string {
  const marked = articles.filter((article) => article.highlights?.length);
  const count = marked.reduce((sum, article) => sum + article.highlights!.length, 0);
  const parts = [`# Highlights from Quire\n\nExported ${localDate(now)}: ${count} ${count === 1 ? 'highlight' : 'highlights'} in ${marked.length} ${marked.length === 1 ? 'article' : 'articles'}.\n`];
  for (const article of marked) {
    const facts = [article.siteName, article.byline].filter((fact): fact is string => Boolean(fact)).map(escapeMarkdown);
    parts.push(`## [${escapeMarkdown(article.title)}](${markdownUrl(article.url)})\n\n${facts.length ? `${facts.join(' · ')}\n\n` : ''}${article.highlights!.map((h) => one(h, '')).join('\n\n')}\n`);
  }
  return parts.join('\n');
}
