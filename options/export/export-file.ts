/**
 * Export runs in the options page, reading the database directly (read-only): sending
 * 10,000 bodies through runtime messages could pass Chrome's 64 MiB message limit, and
 * the background stays the only writer.
 */
import type { ExportFilter } from '../../src/protocol';
import { countOf, exportFileWithProgress, type ExportFormat } from '../../src/core/formats';
import { startZipWorkers } from './markdown-zip-client';
import { readArticles } from './read-articles';
import { withImageAssets } from './markdown-assets';
import { imagesForJson } from './json-images';
import type { ZipAssets } from '../../src/core/formats/markdown-zip-write';

export interface ExportedFile {
  fileName: string;
  blob: Blob;
  count: number;
}

export interface ExportHooks {
  /**
   * Marks the end of the database read for the benchmark's split of read and write time; for
   * the formats with bodies, the end of the metadata read, as bodies are read while writing.
   */
  onRead?: () => void;
  /** 0 to 1 while the file is written; the Markdown zip, the slow one, reports as it goes. */
  onProgress?: (fraction: number) => void;
  /** Quire JSON only: include each article's stored images (base64). Off unless asked. */
  includeImages?: boolean;
}

export async function buildExport(format: ExportFormat, filter: ExportFilter, now: Date, hooks: ExportHooks = {}): Promise<ExportedFile> {
  // Started first, so the worker loads while the database is read.
  const zipWorker = format === 'markdown-zip' ? startZipWorkers() : null;
  try {
    const assets: ZipAssets = [];
    const read = await readArticles(filter, format);
    const articles = format === 'markdown-zip' ? await withImageAssets(read, assets) : read;
    hooks.onRead?.();
    const imagesOf = format === 'quire-json' && hooks.includeImages ? await imagesForJson() : undefined;
    const file = await exportFileWithProgress(articles, format, now, hooks.onProgress, zipWorker?.helper, assets, imagesOf);
    const blob = new Blob(Array.isArray(file.data) ? file.data : [file.data as BlobPart], { type: file.mimeType });
    return { fileName: file.fileName, blob, count: countOf(articles) };
  } finally {
    zipWorker?.close();
  }
}

/** Saves through an <a download> on a Blob URL: no downloads permission needed. */
export function downloadFile({ fileName, blob }: ExportedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
