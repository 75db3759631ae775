/** Imported bodies made safe to store, in the options page, where there is a DOM. */
import { blockText } from '../../src/core/extract/text';
import { bodiesToMarkdown } from '../../src/core/formats/markdown-bodies';
import type { ImportItem } from '../../src/core/formats/types';
import { sanitizeArticleHtml } from '../../src/core/sanitize';

export type Progress = (fraction: number) => void;

/** Work between two pauses, short enough for the progress bar to move smoothly. */
const YIELD_AFTER_MS = 50;

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The searchable text, one block per line as a clip's (docs/quire-json.md). */
function textOf(html: string): string {
  return blockText(new DOMParser().parseFromString(html, 'text/html').body);
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
