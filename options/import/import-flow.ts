/**
 * The steps of an import, run by the options page: parse the file here (no file bytes
 * cross a message), sanitize bodies here (the service worker has no DOM for DOMPurify),
 * then let the background preview and write. Also driven by the I/O benchmark.
 */
import type { ResponseMap } from '../../src/protocol';
import { parseImportFile } from '../../src/core/formats';
import { listAddress } from '../../src/core/formats/import-item';
import { bodiesToMarkdown } from '../../src/core/formats/markdown-bodies';
import type { ImportItem, ParsedImport } from '../../src/core/formats/types';
import { sanitizeArticleHtml } from '../../src/core/sanitize';
import { request } from '../../src/ui/client';
import { chunkBySize } from './chunks';

export type Progress = (fraction: number) => void;
export type ImportPreview = ResponseMap['import.preview'];
export type ImportResult = ResponseMap['import.apply'];

export async function parseFile(file: File, onProgress?: Progress): Promise<ParsedImport> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return parseImportFile(file.name, bytes, Date.now(), onProgress);
}

/** How many new and how many already in the list: only the links cross, the answer needs nothing else. */
export function previewImport(items: ImportItem[]): Promise<ImportPreview> {
  return request({ type: 'import.preview', urls: items.map(listAddress) });
}

/** Work between two pauses, short enough for the progress bar to move smoothly. */
const YIELD_AFTER_MS = 50;

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

function textOf(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Bodies converted to Markdown together, in one HTML parse (bodiesToMarkdown). */
const MARKDOWN_BATCH = 100;

/** Adds the Markdown of their sanitized bodies to these items, which sanitizeBodies made and may change. */
function addMarkdown(items: ImportItem[]): void {
  const markdown = bodiesToMarkdown(items.map((item) => item.html!));
  items.forEach((item, n) => (item.markdown = markdown[n]));
}

/**
 * Imported HTML is hostile: every body goes through DOMPurify, and gets a text for search when
 * the file had none, and its Markdown, converted here where there is a DOM, for the background
 * to cache for the Markdown zip.
 */
export async function sanitizeBodies(items: ImportItem[], onProgress?: Progress): Promise<ImportItem[]> {
  const clean: ImportItem[] = [];
  let converting: ImportItem[] = [];
  let lastYield = performance.now();
  for (const [index, item] of items.entries()) {
    if (item.html) {
      const html = sanitizeArticleHtml(item.html, window);
      const sanitized: ImportItem = { ...item, html, text: item.text || textOf(html) };
      clean.push(sanitized);
      if (html.trim()) converting.push(sanitized);
      if (converting.length === MARKDOWN_BATCH) {
        addMarkdown(converting);
        converting = [];
      }
    } else {
      clean.push(item);
    }
    // By time, not by count: items without a body cost nothing, and each pause costs a timer tick.
    if (performance.now() - lastYield > YIELD_AFTER_MS) {
      onProgress?.((index + 1) / items.length);
      await yieldToPage();
      lastYield = performance.now();
    }
  }
  addMarkdown(converting);
  onProgress?.(1);
  return clean;
}

/**
 * Writes sanitized items, all or nothing. One message when they fit; otherwise chunks
 * staged in the background and committed in one transaction, the stage dropped on failure.
 */
export async function applyImport(items: ImportItem[], onProgress?: Progress): Promise<ImportResult> {
  const chunks = chunkBySize(items);
  if (chunks.length <= 1) {
    const result = await request({ type: 'import.apply', items });
    onProgress?.(1);
    return result;
  }
  const stageId = crypto.randomUUID();
  try {
    for (const [index, chunk] of chunks.entries()) {
      await request({ type: 'import.stage', stageId, items: chunk });
      onProgress?.((index + 1) / (chunks.length + 1));
    }
    const result = await request({ type: 'import.commit', stageId });
    onProgress?.(1);
    return result;
  } catch (error) {
    await request({ type: 'import.discard', stageId }).catch(() => undefined);
    throw error;
  }
}
