/**
 * Injected on demand (scripting under activeTab). It only reads: it defines a global
 * the background calls in a second injection, and returns the result by value.
 */
import type { ExtractResult } from '../core/clip';
import { extractClip } from '../core/extract/index';
import type { ContentMode } from './api';
import { pageBasics } from './basics';
import { pageImages } from './images';
import { withMarkdown } from '../core/clip-markdown';
import { pageTextClip } from './page-text';
import { selectionClip } from './selection';

function pageMetadata(): ReturnType<typeof pageBasics> {
  const article = extractClip(document, location.href);
  return article.ok ? article.clip : pageBasics(document, location.href);
}

function extract(mode: ContentMode): ExtractResult {
  if (mode === 'page-text') return pageTextClip(document, location.href);
  if (mode === 'selection') return selectionClip(window, pageMetadata());
  return extractClip(document, location.href);
}

window.__quireExtract = (mode: ContentMode) => withMarkdown(extract(mode));
window.__quireImages = pageImages;
