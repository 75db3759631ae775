import type { Article } from '../article';
import { localDate } from './dates';
import { bodiesToMarkdown } from './markdown-bodies';
import { escapeMarkdown, markdownUrl, yamlValue } from './markdown-text';
import { MarkdownZip } from './markdown-zip-stream';
import { pause } from './progress';

/** Articles converted per HTML parse and between repaints. */
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

/** The article's file: front matter, title, then the body as Markdown (or a link when it has no body). */
function articleMarkdown(article: Article, body: string | undefined): string {
  const text = body ?? `[${escapeMarkdown(article.title)}](${markdownUrl(article.url)})`;
  return `${frontMatter(article)}\n\n# ${escapeMarkdown(article.title)}\n\n${text}\n`;
}

function slug(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 60).replace(/-+$/, '') || 'article';
}

/** Converts a batch with one parse of its bodies and adds a file per article, named by saved date and title. */
function addBatch(zip: MarkdownZip, batch: readonly Article[]): void {
  const withBody = batch.filter((article) => article.html.trim());
  const bodies = new Map(bodiesToMarkdown(withBody.map((article) => article.html)).map((markdown, i) => [withBody[i], markdown]));
  for (const article of batch) zip.add(`${localDate(article.savedAt)}-${slug(article.title)}`, articleMarkdown(article, bodies.get(article)));
}

/** One .md per article. */
export function writeMarkdownZip(articles: readonly Article[]): Uint8Array {
  const zip = new MarkdownZip();
  for (let i = 0; i < articles.length; i += BATCH) addBatch(zip, articles.slice(i, i + BATCH));
  return zip.finish();
}

/**
 * The same zip with a pause after each batch, so the page repaints and a progress bar moves
 * through the whole export: each batch is converted and compressed before the next starts.
 */
export async function writeMarkdownZipInBatches(articles: readonly Article[], onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const zip = new MarkdownZip();
  for (let i = 0; i + BATCH <= articles.length; i += BATCH) {
    addBatch(zip, articles.slice(i, i + BATCH));
    onProgress?.((i + BATCH) / articles.length);
    await pause();
  }
  addBatch(zip, articles.slice(articles.length - (articles.length % BATCH)));
  const data = zip.finish();
  onProgress?.(1);
  return data;
}
