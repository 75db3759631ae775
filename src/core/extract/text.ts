/**
 * The article body as plain text: one block per line, words never glued across block
 * boundaries ("2019The"), figure captions and credits left out (they would skew search,
 * word count and reading time).
 */
import { classOf } from './dom';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL', 'DETAILS', 'SUMMARY',
  'CAPTION', 'TBODY', 'THEAD', 'TFOOT', 'CENTER',
]);
const SKIPPED_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CELL_TAGS = new Set(['TD', 'TH']);
/** Captions and credits outside <figcaption>, by the names sites give them ("wp-caption-text", "media__caption"). */
const CAPTION_NAME = /(^|[\s_-])(caption|captions|credit|credits|copyright|dida|bildunterschrift|bildnachweis)([\s_-]|$)/i;

function walk(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || CAPTION_NAME.test(classOf(el) ?? '')) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock) out.push('\n');
  else if (CELL_TAGS.has(tag)) out.push(' ');
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, out);
  if (isBlock) out.push('\n');
  else if (CELL_TAGS.has(tag)) out.push(' ');
}

export function blockText(root: Node): string {
  const out: string[] = [];
  walk(root, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
