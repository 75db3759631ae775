import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Article } from '../article';
import { localDate } from './dates';
import { escapeMarkdown, htmlToMarkdown, markdownUrl, yamlValue } from './markdown-text';

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

export function articleMarkdown(article: Article): string {
  const body = article.html.trim() ? htmlToMarkdown(article.html) : `[${escapeMarkdown(article.title)}](${markdownUrl(article.url)})`;
  return `${frontMatter(article)}\n\n# ${escapeMarkdown(article.title)}\n\n${body}\n`;
}

function slug(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 60).replace(/-+$/, '') || 'article';
}

/** One .md per article, named by saved date and title, numbered when two would collide. */
export function writeMarkdownZip(articles: readonly Article[]): Uint8Array {
  const files: Zippable = {};
  for (const article of articles) {
    const stem = `${localDate(article.savedAt)}-${slug(article.title)}`;
    let name = `${stem}.md`;
    for (let n = 2; name in files; n++) name = `${stem}-${n}.md`;
    files[name] = strToU8(articleMarkdown(article));
  }
  return zipSync(files, { level: 6 });
}
