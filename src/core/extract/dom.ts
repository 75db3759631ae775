/** Small DOM helpers shared by the cleanup rules. */

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function textOf(node: Node): string {
  return collapseSpaces(node.textContent ?? '');
}

/** Share of an element's text that sits inside links, 0 when it has no text. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
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
