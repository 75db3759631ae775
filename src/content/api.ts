/**
 * What the injected script offers the background: the article as the injection's own result,
 * and one global for the other modes, called by a further executeScript; results go by value
 * (structured clone).
 */
import type { ExtractResult } from '../core/clip';

/** The article as Readability-style extraction sees it, the page's text as it is, or the selection. */
export type ContentMode = 'article' | 'page-text' | 'selection';

declare global {
  interface Window {
    __quireExtract?: (mode: ContentMode) => ExtractResult;
  }
}
