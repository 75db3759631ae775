/**
 * The clip's body as Markdown, for the background to cache for the Markdown zip. Converted where
 * the clip is made (the content script, the reader's fetch), in a page: turndown needs a DOM,
 * and the background, a service worker, has none.
 */
import type { ExtractResult } from './clip';
import { bodiesToMarkdown } from './formats/markdown-bodies';

export function withMarkdown(result: ExtractResult): ExtractResult {
  if (!result.ok || !result.clip.html?.trim()) return result;
  return { ok: true, clip: { ...result.clip, markdown: bodiesToMarkdown([result.clip.html])[0]! } };
}
