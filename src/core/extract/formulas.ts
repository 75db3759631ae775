/**
 * MathML formulas as their text. The sanitizer lets no `<math>` through (its markup has been a
 * way past sanitizers), so a formula would leave a hole in the sentence ("When , there are two
 * solutions to and they are"); instead it is read out as its symbols in order, one space
 * between them ("a ≠ 0"), as a screen reader would. The formula's own wrappers (MathJax's
 * `<mjx-container class="MathJax CtxtMenu_Attached_0">`) go with it: Readability takes a
 * wrapper named like a menu for clutter, and the formula with it.
 */
import type { ClutterRule } from './clutter';
import { textOf } from './dom';

/** Markup inside <math> that is not read: the TeX source a formula may carry beside its symbols, and what no reader sees. */
const UNREAD = new Set(['ANNOTATION', 'ANNOTATION-XML', 'STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
/** Inline wrappers a formula may sit in: custom elements (mjx-*) and spans. */
const isWrapper = (el: Element): boolean => el.tagName.includes('-') || el.tagName.toUpperCase() === 'SPAN';

function symbols(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    const text = (node.nodeValue ?? '').trim();
    if (text) out.push(text);
    return;
  }
  if (node.nodeType !== 1 || UNREAD.has((node as Element).tagName.toUpperCase())) return;
  for (let child = node.firstChild; child; child = child.nextSibling) symbols(child, out);
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/**
 * The outermost wrapper that holds nothing but the formula, or null when the formula or a
 * wrapper is hidden: a formula the page does not show (Wikipedia's MathML beside its picture
 * of the formula) is left as it is.
 */
function formulaBox(math: Element, root: Element): Element | null {
  const text = textOf(math);
  let box = math;
  while (box.parentElement && box.parentElement !== root && isWrapper(box.parentElement) && textOf(box.parentElement) === text) {
    if (isHidden(box)) return null;
    box = box.parentElement;
  }
  return isHidden(box) ? null : box;
}

export const formulas: ClutterRule = {
  name: 'formulas',
  apply(root) {
    for (const math of [...root.getElementsByTagName('math')]) {
      if (!math.parentNode) continue;
      const box = formulaBox(math, root);
      if (!box) continue;
      const out: string[] = [];
      symbols(math, out);
      const read = root.ownerDocument.createElement(math.getAttribute('display') === 'block' ? 'div' : 'span');
      read.textContent = out.join(' ');
      // Words printed right against the formula ("= 0and they are") stay apart from it.
      if (/[\p{L}\p{N}]$/u.test(box.previousSibling?.textContent ?? '')) read.textContent = ` ${read.textContent}`;
      if (/^[\p{L}\p{N}]/u.test(box.nextSibling?.textContent ?? '')) read.textContent = `${read.textContent} `;
      box.replaceWith(read);
    }
  },
};
