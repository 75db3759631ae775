/**
 * A page's first screen as plain data, to paint it again before the page's bundle runs:
 * elements (tag, attributes, children) and text, nothing else. What is kept is what the
 * page showed; `paint` builds it back with createElement and text nodes only.
 */
export type SnapNode = string | [tag: string, attributes: Record<string, string> | null, ...children: SnapNode[]];

export interface CaptureRules {
  /** Elements left out with their subtree (transient parts: an undo bar, a tag editor). */
  skip: string;
  /** Only the first `count` children are kept of an element matching `selector` (the first page of rows). */
  firstChildren: { selector: string; count: number };
}

function attributesOf(element: Element): Record<string, string> | null {
  if (!element.attributes.length) return null;
  const attributes: Record<string, string> = {};
  for (const { name, value } of element.attributes) attributes[name] = value;
  return attributes;
}

/** The node as data, or null when the rules leave it out (comments, skipped elements). */
export function capture(node: Node, rules: CaptureRules): SnapNode | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  if (element.matches(rules.skip)) return null;
  let children = [...element.childNodes];
  if (element.matches(rules.firstChildren.selector)) children = children.slice(0, rules.firstChildren.count);
  const kept = children.map((child) => capture(child, rules)).filter((child): child is SnapNode => child !== null);
  return [element.localName, attributesOf(element), ...kept];
}
