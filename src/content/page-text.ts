/** "Save the page text as it is": for pages without an article, the text a reader sees. */
import type { ExtractResult } from '../core/clip';
import { pageBasics } from './basics';
import { textToHtml, tidyText, withBody } from './body';

/** innerText follows layout (hidden parts left out); documents without layout fall back to textContent. */
function visibleText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  return (body as HTMLElement).innerText ?? body.textContent ?? '';
}

export function pageTextClip(doc: Document, url: string): ExtractResult {
  const text = tidyText(visibleText(doc));
  if (!text) return { ok: false, reason: 'no-article', message: 'The page has no text.' };
  return { ok: true, clip: withBody(pageBasics(doc, url), textToHtml(text), text) };
}
