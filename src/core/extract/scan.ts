/**
 * One walk over a subtree that every clutter rule reads, so each rule costs a filter over
 * arrays rather than its own selector query over the whole page.
 */
import { classOf, textOf } from './dom';

export interface Scan {
  elements: Element[];
  /** Text nodes with something other than whitespace in them. */
  texts: Text[];
  /** Lower-cased class and id of each element, read once. */
  names: Map<Element, string>;
  /** Elements whose whole text is at most SHORT_TEXT characters, with that text. */
  shortTexts(): Map<Element, string>;
}

export const SHORT_TEXT = 250;

export function scanTree(root: Element): Scan {
  // linkedom's parser can split one run of text into several nodes ("Lea tambi" + "én:"),
  // which would hide a label from the rules that read text nodes.
  root.normalize();
  const elements: Element[] = [];
  const texts: Text[] = [];
  const names = new Map<Element, string>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) texts.push(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    elements.push(el);
    const className = classOf(el);
    const id = el.getAttribute('id');
    if (className || id) names.set(el, `${className ?? ''} ${id ?? ''}`.toLowerCase());
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  let short: Map<Element, string> | null = null;
  return {
    elements,
    texts,
    names,
    shortTexts() {
      short ??= collectShortTexts(elements);
      return short;
    },
  };
}

/** Raw text lengths bottom-up, so only elements that are short get their text normalized. */
function collectShortTexts(elements: Element[]): Map<Element, string> {
  const out = new Map<Element, string>();
  for (const el of elements) {
    const raw = el.textContent ?? '';
    if (raw.length > SHORT_TEXT * 4) continue;
    const text = textOf(el);
    if (text.length > 0 && text.length <= SHORT_TEXT) out.set(el, text);
  }
  return out;
}

/** The nearest ancestor (or self) whose tag is one of `tags`, not above `root`. */
export function closestTag(node: Node, tags: ReadonlySet<string>, root: Element): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (tags.has(el.tagName.toUpperCase())) return el;
    if (el === root) return null;
  }
  return null;
}
