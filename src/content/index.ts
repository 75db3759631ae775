/**
 * Injected on demand (scripting under activeTab). It only reads. Injected, it answers at
 * once with the article (the file's completion value, which executeScript hands back: the
 * build makes its last statement the entry's default export), so the popup's preview costs
 * the background one executeScript; it also defines the globals later calls use (another
 * mode, the page's images).
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

function answer(mode: ContentMode): ExtractResult {
  return withMarkdown(extract(mode));
}

window.__quireExtract = answer;
window.__quireImages = pageImages;

export default answer('article');
