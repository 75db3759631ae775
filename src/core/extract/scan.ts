/**
 * One walk over a subtree that every clutter rule reads, so each rule costs a filter over
 * arrays rather than its own selector query over the whole page.
 */
export interface Scan {
  elements: Element[];
  /** Text nodes with something other than whitespace in them. */
  texts: Text[];
}

export function scanTree(root: Element): Scan {
  const elements: Element[] = [];
  const texts: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) texts.push(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    elements.push(node as Element);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { elements, texts };
}

/** The nearest ancestor (or self) whose tag is one of `tags`, not above `root`. */
export function closestTag(node: Node, tags: ReadonlySet<string>, root: Element): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (tags.has(el.tagName.toUpperCase())) return el;
    if (el === root) return null;
  }
  return null;
}
