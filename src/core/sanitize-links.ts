/**
 * Link rules of the sanitizer: a page may only say how a link relates to it in words that
 * grant nothing (no "opener"), and the reader opens every link outside itself.
 */
import type { DOMPurify } from 'dompurify';

const SAFE_REL = new Set(['noopener', 'noreferrer', 'nofollow', 'ugc', 'sponsored']);

export function safeRel(value: string): string {
  return value.split(/\s+/).filter((word) => SAFE_REL.has(word.toLowerCase())).map((word) => word.toLowerCase()).join(' ');
}

export function keepSafeRel(purifier: DOMPurify): void {
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'rel') return;
    data.attrValue = safeRel(data.attrValue);
    if (!data.attrValue) data.keepAttr = false;
  });
}

/** Every link but an in-page one opens in a new tab that cannot reach back to the reader. */
export function openLinksOutside(purifier: DOMPurify): void {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() !== 'a' || !node.hasAttribute('href')) return;
    if (node.getAttribute('href')?.startsWith('#')) return;
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
}
