/**
 * "Save selection to Quire": the selected markup, with links and images made absolute,
 * sanitized here in the page's own DOM (the service worker has none), becomes the
 * body; the page's metadata comes with it.
 */
import type { Clip, ExtractResult } from '../core/clip';
import { sanitizeArticleHtml } from '../core/sanitize';
import { tidyText, withBody } from './body';

function selectedFragment(doc: Document, selection: Selection): HTMLElement {
  const holder = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) holder.appendChild(selection.getRangeAt(i).cloneContents());
  for (const link of holder.querySelectorAll<HTMLAnchorElement>('a[href]')) link.setAttribute('href', link.href);
  for (const img of holder.querySelectorAll<HTMLImageElement>('img[src]')) {
    img.setAttribute('src', img.src);
    img.removeAttribute('srcset');
  }
  return holder;
}

export function selectionClip(win: Window, page: Clip): ExtractResult {
  const selection = win.getSelection();
  const plain = tidyText(selection?.toString() ?? '');
  if (!selection || !plain) return { ok: false, reason: 'no-article', message: 'Nothing is selected.' };
  const fragment = selectedFragment(win.document, selection);
  // eslint-disable-next-line no-restricted-properties -- reads the copied selection only to hand it to the sanitizer on the next line
  const markup = fragment.innerHTML;
  return { ok: true, clip: withBody(page, sanitizeArticleHtml(markup, win), plain) };
}
