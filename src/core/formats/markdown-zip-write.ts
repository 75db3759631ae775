import type { Article } from '../article';
import { batchesOf, countOf, type ArticleSource } from './article-source';
import { cachedFile, currentCache } from './markdown-cache';
import { articleTexts, filePrefix, fileStem } from './markdown-zip-files';
import { deflateText, MarkdownZip, type DeflatedFile, type DeflateFiles, type ZipFile } from './markdown-zip-stream';
import { pause } from './progress';

/** Articles converted per HTML parse and between repaints. */
const BATCH = 100;

/**
 * Where the zip's work can go besides the page: compression of the texts the page converted,
 * and whole batches converted and compressed elsewhere (null when that is busy: the page then
 * converts the batch itself). The options page's worker does both.
 */
export interface ZipHelper {
  deflate: DeflateFiles;
  convert: (batch: readonly Article[]) => Promise<DeflatedFile[]> | null;
}

const here: ZipHelper = { deflate: (texts) => Promise.resolve(texts.map(deflateText)), convert: () => null };

/** The articles of a batch with no usable Markdown cache: these are converted and compressed. */
function uncachedOf(batch: readonly Article[]): Article[] {
  return batch.filter((article) => !currentCache(article.md));
}

/** The batch's files in order: from its cache where an article has one, else the next converted file. */
function mergeFiles(batch: readonly Article[], converted: readonly ZipFile[]): ZipFile[] {
  let next = 0;
  return batch.map((article) => {
    const md = currentCache(article.md);
    return md ? cachedFile(filePrefix(article), md) : converted[next++]!;
  });
}

/** One .md per article. */
export function writeMarkdownZip(articles: readonly Article[]): Uint8Array {
  const zip = new MarkdownZip();
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH);
    const names = batch.map((article) => zip.reserve(fileStem(article)));
    mergeFiles(batch, articleTexts(uncachedOf(batch)).map(deflateText)).forEach((file, n) => zip.add(names[n]!, file));
  }
  return zip.finish();
}

/**
 * The same zip, written as the articles come, with a pause after each batch so the page repaints
 * and a progress bar moves through the whole export. The helper (a worker, in the options page)
 * compresses what the page converts and converts some batches itself while the page converts
 * others; the files enter the zip in order as they come back, named in order here.
 */
/** Files added after the articles (the stored images under assets/), filled while the source is read. */
export type ZipAssets = { name: string; bytes: Uint8Array }[];

export async function writeMarkdownZipInBatches(
  source: ArticleSource,
  onProgress?: (fraction: number) => void,
  helper: ZipHelper = here,
  assets: ZipAssets = [],
): Promise<Uint8Array> {
  const zip = new MarkdownZip();
  const total = countOf(source);
  let written = Promise.resolve();
  let done = 0;
  for await (const batch of batchesOf(source, BATCH)) {
    const names = batch.map((article) => zip.reserve(fileStem(article)));
    const uncached = uncachedOf(batch);
    const converted = uncached.length ? (helper.convert(uncached) ?? helper.deflate(articleTexts(uncached))) : Promise.resolve([]);
    const files = converted.then((deflated) => mergeFiles(batch, deflated));
    written = Promise.all([files, written]).then(([ready]) => names.forEach((name, n) => zip.add(name, ready[n]!)));
    // Awaited after the last batch; this only keeps an early failure from being reported as unhandled meanwhile.
    written.catch(() => undefined);
    done += batch.length;
    if (done < total) {
      onProgress?.(done / total);
      await pause();
    }
  }
  await written;
  for (const asset of assets) zip.addBytes(asset.name, asset.bytes);
  onProgress?.(1);
  return zip.finish();
}
