/**
 * The page's own metadata, read straight from the document, for the clips that do not
 * come from article extraction (the page's text as it is, or a selection on a page
 * without an article): enough for the list to show title, site and icon.
 */
import type { Clip } from '../core/clip';
import { canonicalizeUrl } from '../core/url';
import { absoluteUrl } from '../core/extract/urls';

function meta(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

export function pageBasics(doc: Document, url: string): Clip {
  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url);
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
    leadImageUrl: absoluteUrl(meta(doc, ['og:image']), url),
    faviconUrl: absoluteUrl(icon ?? '/favicon.ico', url),
    wordCount: null,
    readingMinutes: null,
    suggestedTags: [],
    html: null,
    text: null,
  };
}
