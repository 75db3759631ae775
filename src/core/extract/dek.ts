/**
 * The dek (standfirst, the summary under the headline) sits in the page header, which
 * Readability leaves out. When the page's description is printed on the page and the
 * article does not contain it, it is put back as the first paragraph.
 */
import { collapseSpaces, prependParagraph } from './dom';

const PROBE_CHARS = 40;
const MIN_DEK_CHARS = 40;
const BLOCKS = new Set(['P', 'DIV', 'H2', 'H3', 'LI', 'SECTION', 'HEADER', 'TD']);

function findTextNode(root: Node, probe: string): Text | null {
  // Collapsing spaces leaves other characters as they are: a text without the probe's longest
  // run of them cannot hold the probe, and needs no collapsing.
  const run = probe.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.includes(run) && collapseSpaces(value).includes(probe)) return node as Text;
      continue;
    }
    const tag = node.nodeName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return null;
}

function enclosingBlock(text: Text): Element | null {
  for (let el = text.parentElement; el; el = el.parentElement) if (BLOCKS.has(el.tagName.toUpperCase())) return el;
  return null;
}

/** True when the dek was put back. */
export function restoreDek(content: Element, contentText: string, doc: Document, description: string | null): boolean {
  const dek = collapseSpaces(description ?? '');
  if (dek.length < MIN_DEK_CHARS || !doc.body) return false;
  const probe = dek.slice(0, PROBE_CHARS);
  if (collapseSpaces(contentText).includes(probe)) return false;
  const found = findTextNode(doc.body, probe);
  const block = found && enclosingBlock(found);
  if (!block) return false;
  const text = collapseSpaces(block.textContent ?? '');
  if (text.length > dek.length * 1.5 + 20) return false;
  prependParagraph(content, text);
  return true;
}
