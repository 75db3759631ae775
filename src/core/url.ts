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

/** The URL without fragment and tracking parameters; null when it is not an absolute http(s) URL. */
export function canonicalizeUrl(raw: string, base?: string): string | null {
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
  return url.toString();
}

/**
 * The key two saves of the same article share: scheme, "www.", a trailing slash and
 * the order of query parameters make no difference.
 */
export function urlKey(raw: string): string {
  const canonical = canonicalizeUrl(raw);
  if (!canonical) return raw.trim();
  const url = new URL(canonical);
  url.searchParams.sort();
  const host = url.hostname.replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${url.search}`;
}
