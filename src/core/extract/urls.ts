/** Making every link and image of the clone absolute, against <base href> and the page URL. */
import { elementsByTag } from './dom';

const URL_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['a', 'href'], ['img', 'src'], ['source', 'src'], ['video', 'src'], ['video', 'poster'],
  ['audio', 'src'], ['iframe', 'src'], ['track', 'src'],
];

export function absoluteUrl(raw: string | null | undefined, base: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/** Only a <base> in the page's head counts: one inside the body is the page steering the article's URLs. */
export function documentBase(doc: Document, url: string): string {
  return absoluteUrl(doc.head?.querySelector('base[href]')?.getAttribute('href'), url) ?? url;
}

/** Removes every <base> outside the head, so the document's own base URL (Readability's) ignores them too. */
export function dropBodyBases(doc: Document): void {
  for (const base of elementsByTag(doc, 'base')) if (!doc.head?.contains(base)) base.remove();
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [src, ...descriptor] = candidate.trim().split(/\s+/);
      return [absoluteUrl(src, base) ?? src, ...descriptor].join(' ');
    })
    .join(', ');
}

export function makeUrlsAbsolute(root: Element, base: string): void {
  for (const [tag, attr] of URL_ATTRIBUTES) {
    for (const el of elementsByTag(root, tag)) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      if (value.startsWith('#') || /^(data|javascript|mailto|tel):/i.test(value)) continue;
      const absolute = absoluteUrl(value, base);
      if (absolute) el.setAttribute(attr, absolute);
    }
  }
  for (const el of [...elementsByTag(root, 'img'), ...elementsByTag(root, 'source')]) {
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) el.setAttribute('srcset', absoluteSrcset(srcset, base));
  }
}
