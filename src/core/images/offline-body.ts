/**
 * A body as the reader shows it offline: each image from its stored copy (an object URL), an
 * image not stored left out (its alt text kept), and every player that would load from the
 * web (video, audio, an embedded player's iframe) a link to it instead. Works on the
 * sanitizer's detached document, so nothing loads before the rewrite; the pages' CSP would
 * block it anyway.
 */
import { imageAddress } from './choose';

function replaceWithLink(doc: Document, el: Element, href: string | null, label: string): void {
  if (!href || !/^https?:/i.test(href)) return void el.remove();
  const link = doc.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = label;
  el.replaceWith(link);
}

export interface OfflineLabels {
  media: string;
  embed: (host: string) => string;
}

/** Rewrites `root` in place; returns how many of its images are not stored. */
export function makeOffline(root: Element, stored: ReadonlyMap<string, string>, labels: OfflineLabels): number {
  const doc = root.ownerDocument;
  let missing = 0;
  for (const source of [...root.querySelectorAll('picture source')]) source.remove();
  for (const img of [...root.querySelectorAll('img')]) {
    const local = stored.get(imageAddress(img) ?? '') ?? stored.get(img.getAttribute('src') ?? '');
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    // From storage at once, not when scrolled to: the page's height is final when the reader restores its position.
    img.removeAttribute('loading');
    if (local) img.setAttribute('src', local);
    else if (/^data:image\//i.test(img.getAttribute('src') ?? '')) continue;
    else {
      missing++;
      const alt = img.getAttribute('alt')?.trim();
      img.replaceWith(alt ? doc.createTextNode(alt) : '');
    }
  }
  for (const media of [...root.querySelectorAll('video, audio')]) {
    replaceWithLink(doc, media, media.getAttribute('src') ?? media.querySelector('source[src]')?.getAttribute('src') ?? null, labels.media);
  }
  for (const frame of [...root.querySelectorAll('iframe')]) {
    const src = frame.getAttribute('src');
    replaceWithLink(doc, frame, src, labels.embed(src ? new URL(src, 'https://invalid/').hostname : ''));
  }
  return missing;
}
