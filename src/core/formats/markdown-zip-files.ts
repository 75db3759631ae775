/** The Markdown zip's files: one per article, its name from the saved date and title. */
import type { Article } from '../article';
import { localDate } from './dates';
import { bodiesToMarkdown, type ParseBody } from './markdown-bodies';
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

/** The article's file: front matter, title, then the body as Markdown (or a link when it has no body). */
function articleMarkdown(article: Article, body: string | undefined): string {
  const text = body ?? `[${escapeMarkdown(article.title)}](${markdownUrl(article.url)})`;
  return `${frontMatter(article)}\n\n# ${escapeMarkdown(article.title)}\n\n${text}\n`;
}

function slug(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 60).replace(/-+$/, '') || 'article';
}

/** The file name before `.md` (and any number that keeps it apart from an earlier one). */
export function fileStem(article: Article): string {
  return `${localDate(article.savedAt)}-${slug(article.title)}`;
}

/** Each article's file text, its bodies converted together (`parse`: see bodiesToMarkdown). */
export function articleTexts(batch: readonly Article[], parse?: ParseBody): string[] {
  const withBody = batch.filter((article) => article.html.trim());
  const bodies = new Map(bodiesToMarkdown(withBody.map((article) => article.html), parse).map((markdown, i) => [withBody[i], markdown]));
  return batch.map((article) => articleMarkdown(article, bodies.get(article)));
}
