import type { Article } from '../article';
import { batchesOf, countOf, type ArticleSource } from './article-source';
import { localDate } from './dates';
import { bodiesToMarkdown } from './markdown-bodies';
import { escapeMarkdown, markdownUrl, yamlValue } from './markdown-text';
import { deflateText, MarkdownZip, type DeflateFiles } from './markdown-zip-stream';
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

interface ZipFile {
  name: string;
  text: string;
}

/** Converts a batch with one parse of its bodies: a file per article, named by saved date and title. */
function convertBatch(zip: MarkdownZip, batch: readonly Article[]): ZipFile[] {
  const withBody = batch.filter((article) => article.html.trim());
  const bodies = new Map(bodiesToMarkdown(withBody.map((article) => article.html)).map((markdown, i) => [withBody[i], markdown]));
  return batch.map((article) => ({
    name: zip.reserve(`${localDate(article.savedAt)}-${slug(article.title)}`),
    text: articleMarkdown(article, bodies.get(article)),
  }));
}

/** One .md per article. */
export function writeMarkdownZip(articles: readonly Article[]): Uint8Array {
  const zip = new MarkdownZip();
  for (let i = 0; i < articles.length; i += BATCH) {
    for (const file of convertBatch(zip, articles.slice(i, i + BATCH))) zip.add(file.name, deflateText(file.text));
  }
  return zip.finish();
}

const deflateHere: DeflateFiles = (texts) => Promise.resolve(texts.map(deflateText));

/**
 * The same zip, written as the articles come, with a pause after each batch so the page repaints
 * and a progress bar moves through the whole export. Each batch goes to `deflate` (a worker, in
 * the options page) while the next is converted; the files enter the zip in order as their
 * compression comes back.
 */
export async function writeMarkdownZipInBatches(
  source: ArticleSource,
  onProgress?: (fraction: number) => void,
  deflate: DeflateFiles = deflateHere,
): Promise<Uint8Array> {
  const zip = new MarkdownZip();
  const total = countOf(source);
  let written = Promise.resolve();
  let done = 0;
  for await (const batch of batchesOf(source, BATCH)) {
    const files = convertBatch(zip, batch);
    const deflated = deflate(files.map((file) => file.text));
    written = Promise.all([deflated, written]).then(([compressed]) => files.forEach((file, n) => zip.add(file.name, compressed[n]!)));
    // Awaited after the last batch; this only keeps an early failure from being reported as unhandled meanwhile.
    written.catch(() => undefined);
    done += batch.length;
    if (done < total) {
      onProgress?.(done / total);
      await pause();
    }
  }
  await written;
  onProgress?.(1);
  return zip.finish();
}
