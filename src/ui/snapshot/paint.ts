/**
 * Builds a captured first screen (tree.ts) back as DOM: createElement, setAttribute for
 * the attributes a list row uses and text nodes, never markup. Whatever a snapshot holds,
 * no attribute can run or load anything: event handlers, links, styles and sources are left
 * out, as is any element but the few a list is made of, but for a local favicon (data:image/…) and a progress bar's width.
 */
import type { SnapNode } from './tree';

const SVG = 'http://www.w3.org/2000/svg';
const SAFE_ATTRIBUTE =
  /^(?:class|id|role|title|dir|lang|type|tabindex|placeholder|for|hidden|disabled|value|name|alt|autocomplete|spellcheck|width|height|loading|referrerpolicy|viewBox|d|fill|stroke|stroke-width|stroke-linecap|stroke-linejoin|points|cx|cy|r|x|y|x1|x2|y1|y2|focusable|aria-[a-z]+|data-[a-z-]+)$/;
const SAFE_TAG = /^(?:div|span|p|ul|ol|li|h1|h2|h3|button|label|input|select|option|bdi|strong|em|small|img|svg|path|circle|rect|line|polyline|g)$/;
const WIDTH = /^width:\s*(\d{1,3}(?:\.\d+)?%);?$/;

function setAttribute(element: Element, name: string, value: string): void {
  if (SAFE_ATTRIBUTE.test(name)) element.setAttribute(name, value);
  else if (name === 'src' && value.startsWith('data:image/')) element.setAttribute(name, value);
  // The CSP forbids style attributes; the width goes through the CSSOM, as the page sets it.
  else if (name === 'style') {
    const width = WIDTH.exec(value.trim())?.[1];
    if (width) (element as HTMLElement).style.width = width;
  }
}

export function paint(node: SnapNode, document: Document, inSvg = false): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  if (!SAFE_TAG.test(tag)) return document.createTextNode('');
  const svg = inSvg || tag === 'svg';
  const element = svg ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) setAttribute(element, name, value);
  for (const child of children) element.append(paint(child, document, svg));
  return element;
}

/**
 * Empties a container a snapshot was painted into (it is inert until then), for the page to
 * render its own; what was typed meanwhile, if anything, stays in its `data-typed`.
 */
export function unpaint(container: HTMLElement | null): void {
  if (!container?.inert) return;
  container.replaceChildren();
  container.inert = false;
}

/** What was typed into the search while the snapshot showed ("/" then text), once; null when nothing was. */
export function takeTyped(container: HTMLElement | null): string | null {
  const typed = container?.dataset.typed ?? null;
  delete container?.dataset.typed;
  return typed;
}
