/**
 * Whether what extraction kept is an article, judged from its own evidence as Readability's
 * isProbablyReaderable judges a page: text outside links, paragraphs that hold it, and the
 * share of the text inside links. Readability always returns its best guess, even for a page
 * of navigation ("Home World Business Sport Contact us"); this is where such a guess is refused.
 * The limits were set on the benchmark corpus (989 articles): its fewest characters outside links
 * are 75, its highest link density 0.74, and every one of its articles has a paragraph.
 * A page whose whole text is the content, with no link in it, is kept however short: it is no
 * navigation, and refusing it would leave the reader nothing of a page that is all text.
 */
import { collapseSpaces, elementsByTag, textOf } from './dom';
import { blockText } from './text';

/** Less text than a headline and a sentence. */
const MIN_PROSE_CHARS = 50;
const MAX_LINK_DENSITY = 0.8;
const PARAGRAPHS = 'p, pre, blockquote';

function linkedChars(el: Element): number {
  let linked = 0;
  for (const a of elementsByTag(el, 'a')) linked += textOf(a).length;
  return linked;
}

function hasProseParagraph(content: Element): boolean {
  for (const p of content.querySelectorAll(PARAGRAPHS)) if (textOf(p).length > linkedChars(p)) return true;
  return false;
}

/** The content holds every word the page shows (its body's text, as the clip's text is taken). */
function isWholePage(total: number, page: Document): boolean {
  return page.body !== null && total >= collapseSpaces(blockText(page.body)).length;
}

/** `text` is the content's blockText; `page` the page it was extracted from. */
export function looksLikeArticle(content: Element, text: string, page: Document): boolean {
  const total = collapseSpaces(text).length;
  if (total === 0) return false;
  const linked = linkedChars(content);
  if (linked > total * MAX_LINK_DENSITY) return false;
  if (total - linked >= MIN_PROSE_CHARS && hasProseParagraph(content)) return true;
  return linked === 0 && isWholePage(total, page);
}
