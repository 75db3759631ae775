import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Article } from '../article';
import { localDate } from './dates';
import { escapeMarkdown, htmlToMarkdown, markdownUrl, yamlValue } from './markdown-text';
import { pause } from './progress';

const BATCH = 100;

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

/** Adds an article's file, named by saved date and title, numbered when two would collide. */
function addArticle(files: Zippable, article: Article): void {
  const stem = `${localDate(article.savedAt)}-${slug(article.title)}`;
  let name = `${stem}.md`;
  for (let n = 2; name in files; n++) name = `${stem}-${n}.md`;
  files[name] = strToU8(articleMarkdown(article));
}

/** One .md per article. */
export function writeMarkdownZip(articles: readonly Article[]): Uint8Array {
  const files: Zippable = {};
  for (const article of articles) addArticle(files, article);
  return zipSync(files, { level: 6 });
}

/**
 * The same zip, converting in batches with a pause between them: turndown takes about a
 * millisecond per article body, so a large list would otherwise freeze the page.
 */
export async function writeMarkdownZipInBatches(articles: readonly Article[], onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const files: Zippable = {};
  for (let i = 0; i < articles.length; i++) {
    addArticle(files, articles[i] as Article);
    if (i % BATCH === BATCH - 1) {
      onProgress?.((i + 1) / articles.length);
      await pause();
    }
  }
  const zip = zipSync(files, { level: 6 });
  onProgress?.(1);
  return zip;
}
