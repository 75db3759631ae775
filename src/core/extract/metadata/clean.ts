/** Normalizing metadata values: names without "By", ISO dates, titles without the site suffix. */

export function cleanText(value: string | null | undefined): string | null {
  const clean = value?.replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

const BY_PREFIX = /^(by|von|par|por|di|door|av|przez|autor(?:in)?:?|written by|posted by|text:?)\s+/i;

/** Names only: no leading "By", no trailing date or "| Staff" fragments after a newline. */
export function cleanByline(value: string | null | undefined): string | null {
  let byline = cleanText(value);
  if (!byline || /^https?:\/\//i.test(byline)) return null;
  while (BY_PREFIX.test(byline)) byline = byline.replace(BY_PREFIX, '');
  return byline.length > 0 && byline.length <= 200 ? byline : null;
}

/** An ISO 8601 string: kept as written when it already is one, converted when the Date parser understands it. */
export function isoDate(value: string | null | undefined): string | null {
  const raw = cleanText(value);
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) return raw.replace(' ', 'T');
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const SEPARATOR = /\s+[|\-–—·:»]\s+/;

/** "Story - Site" and "Story | Site" lose the suffix when it names the site. */
export function stripSiteSuffix(title: string, siteName: string | null, hostname: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = (parts.at(-1) ?? '').toLowerCase().replace(/\s+/g, '');
  const host = hostname.replace(/^www\./, '').toLowerCase();
  const site = (siteName ?? '').toLowerCase().replace(/\s+/g, '');
  const namesSite = (site && (last === site || site.includes(last) || last.includes(site))) || host.startsWith(last) || last === host;
  if (!namesSite) return title;
  const rest = title.slice(0, title.lastIndexOf(parts.at(-1) ?? '')).replace(/\s+[|\-–—·:»]\s*$/, '').trim();
  return rest.length >= 10 ? rest : title;
}
