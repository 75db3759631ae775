/**
 * Metadata, best source first: JSON-LD, then OpenGraph/article:* and the other meta
 * vocabularies, then Readability (whose own metadata step reads JSON-LD and meta as
 * well), then the DOM.
 */
import type { Clip } from '../../clip';
import { canonicalizeUrl } from '../../url';
import { normalizeTags } from '../../tags';
import { elementsByTag } from '../dom';
import { absoluteUrl } from '../urls';
import { cleanByline, cleanText, isoDate, stripSiteSuffix } from './clean';
import { readJsonLd } from './jsonld';
import { allMeta, firstMeta, META_KEYS, readMetaTags } from './meta';

export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
}

/** Every field of a clip that the page's metadata decides; the body and its counts come later. */
export type PageMetadata = Omit<Clip, 'url' | 'wordCount' | 'readingMinutes' | 'html' | 'text'>;

const MAX_TAG_CHARS = 30;
const MAX_TAGS = 12;

function domByline(doc: Document): string | undefined {
  const el = doc.querySelector('[rel~="author"], [itemprop~="author"] [itemprop~="name"], [itemprop~="author"]');
  return el?.textContent ?? undefined;
}

/**
 * The first `time[datetime]` on the page: what the selector list "article time[datetime],
 * time[pubdate][datetime], time[datetime]" finds, since its last selector matches all the others do.
 */
function domPublishedTime(doc: Document): string | undefined {
  return elementsByTag(doc, 'time').find((time) => time.hasAttribute('datetime'))?.getAttribute('datetime') ?? undefined;
}

function faviconUrl(doc: Document, base: string): string | null {
  const href = (doc.head ?? doc).querySelector('link[rel~="icon"][href], link[rel="apple-touch-icon"][href]')?.getAttribute('href');
  return absoluteUrl(href, base) ?? absoluteUrl('/favicon.ico', base);
}

function canonicalUrl(doc: Document, url: string, og: string | undefined): string {
  const href = (doc.head ?? doc).querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  return canonicalizeUrl(href ?? '', url) ?? canonicalizeUrl(og ?? '', url) ?? canonicalizeUrl(url) ?? url;
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function suggestedTags(raw: string[]): string[] {
  const split = raw.flatMap((value) => value.split(/[,;]/));
  return normalizeTags(split.filter((tag) => tag.trim().length <= MAX_TAG_CHARS)).slice(0, MAX_TAGS);
}

export function readMetadata(doc: Document, url: string, readability: ReadabilityMeta): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const root = doc.documentElement;
  const siteName = cleanText(ld.siteName ?? firstMeta(meta, META_KEYS.siteName) ?? readability.siteName);
  const title = cleanText(readability.title ?? ld.title ?? firstMeta(meta, META_KEYS.title) ?? doc.title);
  return {
    canonicalUrl: canonicalUrl(doc, url, firstMeta(meta, ['og:url'])),
    title: title && stripSiteSuffix(title, siteName, hostname(url)),
    byline: cleanByline(readability.byline ?? ld.byline ?? firstMeta(meta, META_KEYS.byline) ?? domByline(doc)),
    siteName: cleanText(readability.siteName) ?? siteName,
    excerpt: cleanText(readability.excerpt ?? ld.excerpt ?? firstMeta(meta, META_KEYS.excerpt)),
    lang: cleanText(readability.lang ?? root?.getAttribute('lang') ?? ld.lang ?? firstMeta(meta, META_KEYS.lang)),
    dir: cleanText(readability.dir ?? root?.getAttribute('dir')),
    publishedTime: isoDate(readability.publishedTime ?? ld.publishedTime ?? firstMeta(meta, META_KEYS.publishedTime) ?? domPublishedTime(doc)),
    modifiedTime: isoDate(ld.modifiedTime ?? firstMeta(meta, META_KEYS.modifiedTime)),
    leadImageUrl: absoluteUrl(ld.imageUrl ?? firstMeta(meta, META_KEYS.image), url),
    faviconUrl: faviconUrl(doc, url),
    suggestedTags: suggestedTags([...allMeta(meta, META_KEYS.tags), ...ld.tags]),
  };
}
