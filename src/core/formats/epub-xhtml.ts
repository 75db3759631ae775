/**
 * An article body as EPUB XHTML: well-formed, only elements and attributes EPUB 3 readers and
 * epubcheck accept, images pointing at the book's own copies (an image the book lacks is left
 * out, keeping its alt text), links only to the web. Walks any DOM (the page's, or linkedom's).
 */
import { imageAddress } from '../images/choose';

const KEEP = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's',
  'sub', 'sup', 'br', 'hr', 'figure', 'figcaption', 'img', 'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'dl', 'dt', 'dd', 'span', 'div', 'small', 'mark', 'q', 'cite', 'abbr',
]);
const VOID = new Set(['br', 'hr', 'img']);
const DROP = new Set(['script', 'style', 'iframe', 'video', 'audio', 'source', 'noscript', 'template']);
const ATTRIBUTES: Record<string, string[]> = { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], ol: ['start'] };

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attrs(pairs: [string, string][]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
}

function element(el: Element, images: ReadonlyMap<string, string>): string {
  const tag = el.nodeName.toLowerCase();
  if (DROP.has(tag)) return '';
  const inner = () => [...el.childNodes].map((child) => node(child, images)).join('');
  if (tag === 'img') {
    const local = images.get(imageAddress(el) ?? '') ?? images.get(el.getAttribute('src') ?? '');
    const alt = el.getAttribute('alt') ?? '';
    return local ? `<img${attrs([['src', local], ['alt', alt]])}/>` : escapeXml(alt);
  }
  if (tag === 'picture') return [...el.querySelectorAll('img')].map((img) => element(img, images)).join('');
  if (!KEEP.has(tag)) return inner();
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    return /^(https?|mailto):/i.test(href) ? `<a${attrs([['href', href]])}>${inner()}</a>` : inner();
  }
  const kept = (ATTRIBUTES[tag] ?? []).flatMap((name): [string, string][] => (el.hasAttribute(name) ? [[name, el.getAttribute(name)!]] : []));
  return VOID.has(tag) ? `<${tag}${attrs(kept)}/>` : `<${tag}${attrs(kept)}>${inner()}</${tag}>`;
}

function node(n: Node, images: ReadonlyMap<string, string>): string {
  if (n.nodeType === 3) return escapeXml(n.textContent ?? '');
  if (n.nodeType === 1) return element(n as Element, images);
  return '';
}

/** The children of `root` as XHTML, each image by its path in the book from `images` (address → path). */
export function bodyToXhtml(root: Element, images: ReadonlyMap<string, string>): string {
  return [...root.childNodes].map((child) => node(child, images)).join('');
}
