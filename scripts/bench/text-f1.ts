/**
 * The text F1 of the Readability test pages: the bag of whitespace-separated tokens of
 * the visible text of the expected HTML against that of an extractor's HTML (see
 * docs/extraction.md). Both sides go through the same visibleText, so markup differences
 * that a reader does not see (wrappers, attributes) cost nothing.
 */
import { parseDocument } from '../../src/core/extract/node';

/** Elements a reader never sees the text of. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
/**
 * Every element boundary separates tokens: expected.html is pretty-printed (Readability's
 * test suite writes each element on its own line, so `a<mo>=</mo>0` became `a = 0`), so
 * its whitespace between elements says nothing about the page.
 */
function walk(node: Node, out: string[]): void {
  if (node.nodeType === 3) out.push(node.nodeValue ?? '');
  if (node.nodeType !== 1 || INVISIBLE.has((node as Element).tagName.toUpperCase())) return;
  out.push(' ');
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out);
  out.push(' ');
}

/** The text of `html` as a reader sees it, whitespace collapsed to single spaces. */
export function visibleText(html: string): string {
  const doc = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, 'http://fakehost/');
  const out: string[] = [];
  walk(doc.body, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

export type Bag = Map<string, number>;

export function tokenBag(text: string): Bag {
  const bag: Bag = new Map();
  for (const token of text.split(' ')) if (token) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

function size(bag: Bag): number {
  let n = 0;
  for (const count of bag.values()) n += count;
  return n;
}

/** Tokens of `a` beyond those in `b`, with how many times each. */
export function bagMinus(a: Bag, b: Bag): Bag {
  const out: Bag = new Map();
  for (const [token, count] of a) if (count > (b.get(token) ?? 0)) out.set(token, count - (b.get(token) ?? 0));
  return out;
}

/** F1 of the tokens kept: 2·common / (expected + found); 1 when both are empty, 0 when one is. */
export function bagF1(expected: Bag, found: Bag): number {
  const total = size(expected) + size(found);
  if (total === 0) return 1;
  let common = 0;
  for (const [token, count] of expected) common += Math.min(count, found.get(token) ?? 0);
  return (2 * common) / total;
}
