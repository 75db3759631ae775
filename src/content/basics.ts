/**
 * The page's own metadata, read straight from the document, for the clips that do not
 * come from article extraction (the page's text as it is, or a selection on a page
 * without an article): enough for the list to show title, site and icon.
 */
import type { Clip } from '../core/clip';
import { canonicalizeUrl } from '../core/url';

function meta(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function absolute(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

export function pageBasics(doc: Document, url: string): Clip {
  const canonical = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url);
  const icon = doc.querySelector('link[rel~="icon"]')?.getAttribute('href');
  return {
    url,
    canonicalUrl: canonicalizeUrl(canonical ?? url) ?? url,
    title: meta(doc, ['og:title']) ?? (doc.title.trim() || null),
    byline: meta(doc, ['author', 'article:author']),
    siteName: meta(doc, ['og:site_name', 'application-name']),
    excerpt: meta(doc, ['description', 'og:description']),
    lang: doc.documentElement.getAttribute('lang') || null,
    dir: doc.documentElement.getAttribute('dir') || null,
    publishedTime: meta(doc, ['article:published_time']),
    modifiedTime: meta(doc, ['article:modified_time']),
    leadImageUrl: absolute(meta(doc, ['og:image']), url),
    faviconUrl: absolute(icon ?? '/favicon.ico', url),
    wordCount: null,
    readingMinutes: null,
    suggestedTags: [],
    html: null,
    text: null,
  };
}
