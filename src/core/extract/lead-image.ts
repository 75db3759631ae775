/**
 * Readability often picks the text column and leaves the featured picture, which sits
 * just above it, behind. When the article has no image at all and the page's own lead
 * image (og:image, JSON-LD) is on the page, its figure (with caption) is put back first.
 */
import { absoluteUrl } from './urls';

const SOURCE_ATTRIBUTES = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'srcset'];

function samePicture(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.hostname.replace(/^www\./, '') === y.hostname.replace(/^www\./, '') && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

function findLeadImage(doc: Document, leadImageUrl: string, base: string): Element | null {
  for (const img of doc.body?.querySelectorAll('img') ?? []) {
    for (const attr of SOURCE_ATTRIBUTES) {
      const first = img.getAttribute(attr)?.trim().split(/\s+/)[0];
      const src = absoluteUrl(first, base);
      if (src && samePicture(src, leadImageUrl)) return img;
    }
  }
  return null;
}

/** True when the lead image was put back. */
export function restoreLeadImage(content: Element, doc: Document, leadImageUrl: string | null, base: string): boolean {
  if (!leadImageUrl || content.querySelector('img, picture, video, iframe')) return false;
  const img = findLeadImage(doc, leadImageUrl, base);
  if (!img) return false;
  const block = img.closest('figure') ?? img;
  const copy = content.ownerDocument.importNode(block, true) as Element;
  for (const noscript of [...copy.querySelectorAll('noscript')]) noscript.remove();
  const target = content.firstElementChild?.tagName === 'DIV' ? content.firstElementChild : content;
  target.insertBefore(copy, target.firstChild);
  return true;
}
