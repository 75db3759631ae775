/**
 * The canonical URL and key of a plain link, worked out without the URL parser. An import
 * handles each link three times (to validate it, to preview, to write), and Chromium's
 * `new URL` costs 5–12 µs a call. Most links are plain: lowercase scheme and host, no port,
 * nothing escaped. For those this gives exactly what the parser gives (tests compare the two
 * in Node, Chromium and Firefox); anything else is left to the parser (url.ts).
 */
import { isTrackingParam } from './tracking-params';

/**
 * Path and query hold only characters that every URL parser keeps as they are: no "%"
 * (Chromium decodes some escapes), no "'" (escaped in a query), no space, quotes or
 * backslashes. A fragment may hold anything: it is dropped.
 */
const PLAIN = /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[\w\-.~!$&()*+,;=:@/]*)?(?:\?([\w\-.~!$&()*+,;=:@/?]*))?(?:#[^]*)?$/;
/** A last label that is a number (read as an IPv4 address) or punycode (checked) make the parser read the host its own way. */
const NAMED_LAST_LABEL = /(?:^|\.)[a-z][a-z0-9-]*$/;
const PUNYCODE = /(?:^|\.)xn--/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

export interface UrlAndKey {
  canonical: string;
  key: string;
}

type Pair = [name: string, value: string];

/** As URLSearchParams reads a query without "%": "&" between pairs, "+" for a space. */
function pairsOf(query: string): Pair[] {
  const pairs: Pair[] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const equals = part.indexOf('=');
    const [name, value] = equals < 0 ? [part, ''] : [part.slice(0, equals), part.slice(equals + 1)];
    pairs.push([name.replace(/\+/g, ' '), value.replace(/\+/g, ' ')]);
  }
  return pairs;
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it, for ASCII text. */
function formEncode(text: string): string {
  return text.replace(/[^\w*\-.]/g, (char) => (char === ' ' ? '+' : `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
}

function serialize(pairs: Pair[]): string {
  return pairs.length ? `?${pairs.map(([name, value]) => `${formEncode(name)}=${formEncode(value)}`).join('&')}` : '';
}

/** Null when the link is not plain (or not a web address at all): ask the URL parser. */
export function plainUrlAndKey(trimmed: string): UrlAndKey | null {
  const match = PLAIN.exec(trimmed);
  if (!match) return null;
  const [, scheme, host, path = '/', query] = match as unknown as [string, string, string, string | undefined, string | undefined];
  if (!NAMED_LAST_LABEL.test(host) || PUNYCODE.test(host) || DOT_SEGMENT.test(path)) return null;
  const all = query === undefined ? [] : pairsOf(query);
  const kept = all.filter(([name]) => !isTrackingParam(name));
  // Untouched by the parser unless a parameter goes, which makes it write the query anew.
  const search = kept.length === 0 ? '' : kept.length === all.length ? `?${query}` : serialize(kept);
  const sorted = [...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    canonical: `${scheme}://${host}${path}${search}`,
    key: `${host.replace(/^www\./, '')}${path.replace(/\/+$/, '')}${serialize(sorted)}`,
  };
}
