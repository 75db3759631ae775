/** Small DOM helpers shared by the cleanup rules. */

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The class attribute as written, or null: `getAttribute('class')`, which linkedom rebuilds
 * from a token set on every call (dropping repeated words; the rules read whole words, so
 * they see the same).
 */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

export function textOf(node: Node): string {
  return collapseSpaces(node.textContent ?? '');
}

/** Share of an element's text that sits inside links, 0 when it has no text. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of elementsByTag(el, 'a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/**
 * The elements named `tag` (lower case) under `root`, in document order: what
 * `querySelectorAll(tag)` returns, without a selector. linkedom compiles a selector on every
 * query, which costs more than the walk itself; it also keeps a <template>'s content as the
 * template's children, where getElementsByTagName finds them and querySelectorAll (like a
 * browser, whose template content is a separate fragment) does not.
 */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  const out: Element[] = [];
  for (const el of root.getElementsByTagName(tag)) if (!inTemplate(el, root)) out.push(el);
  return out;
}

function inTemplate(el: Element, root: Document | Element): boolean {
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (parent.localName === 'template') return true;
  }
  return false;
}

/** Whether an element below `el` has one of `tags` (upper case): `el.querySelector(tags)` without a selector. */
export function hasDescendantTag(el: Element, tags: ReadonlySet<string>): boolean {
  const stack: Element[] = [];
  const pushChildren = (parent: Element): void => {
    for (let child = parent.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  };
  pushChildren(el);
  while (stack.length > 0) {
    const node = stack.pop() as Element;
    if (tags.has(node.tagName.toUpperCase())) return true;
    // querySelector, like a browser, does not look into a <template>'s content (linkedom keeps it as children).
    if (node.localName !== 'template') pushChildren(node);
  }
  return false;
}

export function removeAll(nodes: Iterable<Element>): void {
  for (const node of [...nodes]) node.remove();
}

/** Puts `text` back as the article's first paragraph (inside Readability's page wrapper when there is one). */
export function prependParagraph(content: Element, text: string): void {
  const paragraph = content.ownerDocument.createElement('p');
  paragraph.textContent = text;
  const target = content.firstElementChild?.tagName.toUpperCase() === 'DIV' ? content.firstElementChild : content;
  target.insertBefore(paragraph, target.firstChild);
}
