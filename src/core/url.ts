/** URL canonicalization: one article, one key, whatever tracking junk the link carried. */
import { plainUrlAndKey } from './plain-url';
import { isTrackingParam } from './tracking-params';

/** The parsed URL without fragment and tracking parameters; null when it is not an absolute http(s) URL. */
function cleanUrl(raw: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // forEach, not [...keys()]: in a Firefox content script URLSearchParams iterators are not iterable.
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => names.push(name));
  for (const name of names) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  if (url.searchParams.size === 0) url.search = '';
  return url;
}

/** The URL without fragment and tracking parameters; null when it is not an absolute http(s) URL. */
export function canonicalizeUrl(raw: string, base?: string): string | null {
  const plain = base === undefined ? plainUrlAndKey(raw.trim()) : null;
  return plain ? plain.canonical : (cleanUrl(raw, base)?.toString() ?? null);
}

/**
 * The canonical URL and the key together, from one parse (none for a plain link): an import
 * of 10,000 links needs both for every row, and parsing costs more than anything else per row.
 */
export function canonicalUrlAndKey(raw: string): { canonical: string | null; key: string } {
  return plainUrlAndKey(raw.trim()) ?? parsedUrlAndKey(raw);
}

/** The same through the URL parser, for any link: what plainUrlAndKey must agree with. */
export function parsedUrlAndKey(raw: string): { canonical: string | null; key: string } {
  const url = cleanUrl(raw);
  if (!url) return { canonical: null, key: raw.trim() };
  const canonical = url.toString();
  url.searchParams.sort();
  const host = url.hostname.replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return { canonical, key: `${host}${port}${path}${url.search}` };
}

/**
 * The key two saves of the same article share: scheme, "www.", a trailing slash and
 * the order of query parameters make no difference.
 */
export function urlKey(raw: string): string {
  return canonicalUrlAndKey(raw).key;
}
