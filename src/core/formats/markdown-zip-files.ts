/** The Markdown zip's files: one per article, its name from the saved date and title. */
import type { Article } from '../article';
import { localDate } from './dates';
import { bodiesToMarkdown, type ParseBody } from './markdown-bodies';
import { highlightsSection } from './markdown-highlights';
import { escapeMarkdown, markdownUrl, yamlValue } from './markdown-text';

/** YAML front matter with the fields note apps (Obsidian, Logseq) look for. */
export function frontMatter(article: Article): string {
  return [
    '---',
    `title: ${yamlValue(article.title)}`,
    `source: ${yamlValue(article.url)}`,
    `author: ${yamlValue(article.byline)}`,
    `published: ${yamlValue(article.publishedTime)}`,
    `saved: ${yamlValue(new Date(article.savedAt).toISOString())}`,
    `tags: [${article.tags.map((tag) => yamlValue(tag)).join(', ')}]`,
    '---',
  ].join('\n');
}

/** The start of an article's file, up to its body: front matter, title, and its highlights with their notes. */
export function filePrefix(article: Article): string {
  return `${frontMatter(article)}\n\n# ${escapeMarkdown(article.title)}\n\n${highlightsSection(article.highlights)}`;
}

/** The rest of the file after filePrefix, from the body's Markdown: what a body's cache holds. */
export function fileTail(bodyMarkdown: string): string {
  return `${bodyMarkdown}\n`;
}

/** The article's file: its prefix, then the body as Markdown (or a link when it has no body). */
function articleMarkdown(article: Article, body: string | undefined): string {
  return filePrefix(article) + fileTail(body ?? `[${escapeMarkdown(article.title)}](${markdownUrl(article.url)})`);
}

function slug(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 60).replace(/-+$/, '') || 'article';
}

/** The file name before `.md` (and any number that keeps it apart from an earlier one). */
export function fileStem(article: Article): string {
  return `${localDate(article.savedAt)}-${slug(article.title)}`;
}

/** Whether the file shows the article's body: one whose HTML is blank gets a link instead. */
export function hasBody(article: Article): boolean {
  return article.html.trim() !== '';
}

/** Each article's file text, its bodies converted together (`parse`: see bodiesToMarkdown). */
export function articleTexts(batch: readonly Article[], parse?: ParseBody): string[] {
  const withBody = batch.filter(hasBody);
  const bodies = new Map(bodiesToMarkdown(withBody.map((article) => article.html), parse).map((markdown, i) => [withBody[i], markdown]));
  return batch.map((article) => articleMarkdown(article, bodies.get(article)));
}
