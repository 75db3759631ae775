/**
 * A <noscript> whose markup holds "</noscript>" inside an attribute: with scripts on, the
 * browser reads its content as text up to that point, so the rest of its markup comes out
 * as real elements (often an image, the payload) and the attribute's tail as text
 * (`">Enable JavaScript.`). Such a noscript goes, with everything up to and including the
 * text where the attribute's quote closes.
 */
import type { ClutterRule } from './clutter';

/** Text that stops inside a tag, in a quoted attribute value: the quote is the last match group. */
const OPEN_ATTRIBUTE = /<[a-z][^>]*=\s*(["'])[^"']*$/i;

/** The noscript and the siblings after it up to the text where the attribute closes; none when it never does. */
function remnants(noscript: Element): ChildNode[] {
  const open = OPEN_ATTRIBUTE.exec(noscript.textContent ?? '');
  if (!open || noscript.firstElementChild) return [];
  const tail = `${open[1]}>`;
  const out: ChildNode[] = [noscript];
  for (let node = noscript.nextSibling; node; node = node.nextSibling) {
    out.push(node);
    if (node.nodeType === 3 && (node.nodeValue ?? '').includes(tail)) return out;
  }
  return [];
}

export const noscriptRemnants: ClutterRule = {
  name: 'noscript-remnants',
  apply(root, scan) {
    const noscripts = scan.elements.filter((el) => el !== root && el.tagName.toUpperCase() === 'NOSCRIPT');
    for (const noscript of noscripts) for (const node of remnants(noscript)) node.remove();
  },
};
