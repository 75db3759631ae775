/**
 * The lead (intro, standfirst, subtitle) printed just above the article's paragraphs,
 * in a header Readability leaves out. Found by name ("lead", "intro", "subtitle",
 * "teaser-text" …) among the elements before the article's main block on the page, a
 * few levels up at most, and put back as the first paragraph.
 */
import { collapseSpaces, linkDensity, prependParagraph, textOf } from './dom';

const LEAD_NAME = /(^|[\s_-])(lead|leader|lede|intro|introduction|subtitle|sub-?title|standfirst|dek|deck|teaser-?text|article-?teaser|excerpt|abstract|subline|sapo|chapo|entradilla|bajada)([\s_-]|$)/i;
const MIN_CHARS = 40;
const MAX_CHARS = 600;
/** How far up from the main block the header may sit. */
const MAX_LEVELS = 4;
const PROBE_CHARS = 40;

function isLead(el: Element): boolean {
  if (!LEAD_NAME.test(el.getAttribute('class') ?? '')) return false;
  // Pictures' intros are captions and credits.
  if (el.closest('figure, figcaption') || el.querySelector('img, picture, figure')) return false;
  const length = textOf(el).length;
  return length >= MIN_CHARS && length <= MAX_CHARS && linkDensity(el) < 0.3;
}

/** The nearest lead before `node`'s subtree: in its previous siblings, their descendants last first. */
function leadBefore(node: Element): Element | null {
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    const named = [sibling, ...sibling.querySelectorAll('[class]')];
    for (let i = named.length - 1; i >= 0; i--) if (isLead(named[i] as Element)) return named[i] as Element;
  }
  return null;
}

/** True when a lead was put back. `mainBlock` is the article's paragraph block on the page. */
export function restoreLead(content: Element, contentText: string, mainBlock: Element): boolean {
  let node: Element | null = mainBlock;
  for (let level = 0; node && level <= MAX_LEVELS && node.tagName.toUpperCase() !== 'BODY'; level++, node = node.parentElement) {
    const lead = leadBefore(node);
    if (!lead) continue;
    const text = textOf(lead);
    if (collapseSpaces(contentText).includes(text.slice(0, PROBE_CHARS))) return false;
    prependParagraph(content, text);
    return true;
  }
  return false;
}
