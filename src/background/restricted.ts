/**
 * Pages no extension may read: browser-internal pages, the extension stores, source
 * views, the PDF viewer, other extensions' pages, and local files unless the user
 * allowed file access. Asking the browser to inject there only fails later and less
 * clearly, so the popup says so at once and offers to keep the link.
 */

const INTERNAL_SCHEMES = [
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'devtools:', 'data:', 'javascript:', 'blob:',
];

const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com',
  'https://addons.mozilla.org',
  'https://microsoftedge.microsoft.com/addons',
];

/** The built-in PDF viewer shows PDF URLs but takes no scripts. */
function looksLikePdf(url: URL): boolean {
  return /\.pdf$/i.test(url.pathname);
}

export function isRestrictedUrl(raw: string, fileAccessAllowed: boolean): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return true;
  }
  if (INTERNAL_SCHEMES.includes(url.protocol)) return true;
  if (STORE_PREFIXES.some((prefix) => raw.startsWith(prefix))) return true;
  if (url.protocol === 'file:') return !fileAccessAllowed || looksLikePdf(url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
  return looksLikePdf(url);
}
