/** Public entry point of extraction; safe to call on the live page (it works on a clone). */
import type { ExtractResult } from '../clip';
import { runPipeline } from './pipeline';

export { decodeHtmlBytes } from './decode';

/** Never throws and never mutates `doc`. */
export function extractClip(doc: Document, url: string): ExtractResult {
  try {
    return runPipeline(doc, url);
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
