/** Metadata from <meta> tags: OpenGraph and article:*, then plain names, Dublin Core, Parse.ly and Sailthru. */
import { elementsByTag } from '../dom';

export type MetaTags = Map<string, string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of elementsByTag(doc, 'meta')) {
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${meta.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/).filter(Boolean)) {
      const values = tags.get(key) ?? [];
      values.push(content);
      tags.set(key, values);
    }
  }
  return tags;
}

/** The first value among the keys, in the order given (best source first). */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}

export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterm:title', 'parsely-title', 'sailthru.title', 'title'],
  byline: ['article:author', 'author', 'dc.creator', 'dcterm:creator', 'parsely-author', 'sailthru.author', 'byl'],
  siteName: ['og:site_name', 'application-name', 'publisher'],
  publishedTime: [
    'article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued',
    'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date',
  ],
  modifiedTime: ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified'],
  excerpt: ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterm:description', 'sailthru.description'],
  image: ['og:image', 'og:image:secure_url', 'og:image:url', 'twitter:image', 'twitter:image:src', 'sailthru.image.full', 'thumbnailurl'],
  tags: ['article:section', 'article:tag', 'keywords', 'news_keywords', 'parsely-section', 'parsely-tags', 'sailthru.tags'],
  lang: ['og:locale', 'dc.language', 'content-language', 'language'],
} as const;
