/** URL canonicalization: one article, one key, whatever tracking junk the link carried. */

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref_src', 'ref_url', '_hsenc', '_hsmi', 'mkt_tok',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'wickedid', 'spm', 'share', 'smid', 'cmpid',
  'ncid', 'sr_share', 'at_medium', 'at_campaign', 'trk', 'trkCampaign', 'soc_src', 'soc_trk',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('__hs') || TRACKING_PARAMS.has(lower);
}

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
  return cleanUrl(raw, base)?.toString() ?? null;
}

/**
 * The canonical URL and the key together, from one parse: an import of 10,000 links needs
 * both for every row, and parsing costs more than anything else done per row.
 */
export function canonicalUrlAndKey(raw: string): { canonical: string | null; key: string } {
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
