/**
 * A second opinion on where the article is: the element whose own paragraphs hold the
 * most text (trafilatura's idea of comparing two extractions). Readability scores
 * containers with class-name weights and sometimes crowns a disclosure box, a notice
 * banner or a teaser when the article's paragraphs sit in a container it penalizes.
 * One pass over the page's <p> elements; nothing is changed.
 */
import { textOf } from './dom';

export interface MainBlock {
  element: Element;
  /** Characters of paragraph text directly inside the element (whitespace included). */
  chars: number;
  /** The start of its longest paragraph, to tell whether another extraction holds it. */
  probe: string;
}

const MIN_PARAGRAPH_CHARS = 20;
/** Containers whose paragraphs are never the article: dialogs, sidebars, comment threads, consent texts. */
const OFF_ARTICLE_TAGS = new Set(['ASIDE', 'FORM', 'FOOTER', 'NAV', 'HEADER', 'NOSCRIPT', 'TEMPLATE', 'DIALOG']);
const OFF_ARTICLE_NAME = /(^|[\s_-])(comments?|respond|sidebar|widget|popup|popmake|modal|overlay|dialog|cookie|consent|privacy|dsgvo|gdpr|footer)([\s_-]|$)/i;
/** How far up names are read: page-wide wrappers (body classes, "content-sidebar-wrap") say nothing about the block. */
const NAME_DEPTH = 4;
const PROBE_CHARS = 50;

export function findMainBlock(doc: Document): MainBlock | null {
  const chars = new Map<Element, number>();
  const longest = new Map<Element, Element>();
  for (const p of doc.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    // Raw lengths: normalizing every paragraph of a large page costs more than it tells.
    const length = (p.textContent ?? '').length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    chars.set(parent, (chars.get(parent) ?? 0) + length);
    const top = longest.get(parent);
    if (!top || length > (top.textContent ?? '').length) longest.set(parent, p);
  }
  let best: { element: Element; chars: number } | null = null;
  for (const [element, count] of chars) {
    if (best && count <= best.chars) continue;
    if (isOffArticle(element)) continue;
    best = { element, chars: count };
  }
  if (!best) return null;
  const top = longest.get(best.element);
  return { ...best, probe: top ? textOf(top).slice(0, PROBE_CHARS) : '' };
}

/** Whether `element` sits in a container whose paragraphs are never the article. */
export function isOffArticle(element: Element): boolean {
  let depth = 0;
  for (let el: Element | null = element; el; el = el.parentElement, depth++) {
    if (OFF_ARTICLE_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const role = el.getAttribute('role');
    if (role === 'dialog' || role === 'complementary') return true;
    if (depth < NAME_DEPTH && OFF_ARTICLE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}
