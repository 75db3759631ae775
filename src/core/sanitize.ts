/**
 * The one HTML policy for article bodies, applied at clip time and again when the
 * reader renders: page HTML is hostile. Works on a browser window and on a linkedom
 * window in Node (see purifierWindow).
 */
import createDOMPurify, { type DOMPurify, type Config } from 'dompurify';
import { keepSafeRel, openLinksOutside } from './sanitize-links';
import { makeOffline, type OfflineLabels } from './images/offline-body';

/** Hosts whose iframes are video players worth keeping. */
const VIDEO_EMBED_HOSTS = [
  'www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com',
  'player.vimeo.com', 'www.dailymotion.com', 'geo.dailymotion.com', 'embed.ted.com',
  'player.twitch.tv', 'www.facebook.com', 'archive.org',
];

const POLICY: Config = {
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'frameborder'],
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'option', 'textarea', 'style', 'link', 'meta', 'base', 'object', 'embed', 'dialog', 'svg', 'math'],
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping'],
  ALLOW_DATA_ATTR: false,
};

export function isAllowedEmbed(src: string | null): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && VIDEO_EMBED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** Node getters DOMPurify reads through prototypes; linkedom keeps them as instance fields. */
function withInstanceGetters(proto: object, names: string[]): object {
  const props: PropertyDescriptorMap = {};
  for (const name of names) {
    if (hasAccessor(proto, name)) continue;
    props[name] = { get(this: Record<string, unknown>) { return this[name]; } };
  }
  return Object.create(proto, props);
}

function hasAccessor(proto: object | null, name: string): boolean {
  for (let o = proto; o; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, name);
    if (desc) return typeof desc.get === 'function' || typeof desc.value === 'function';
  }
  return false;
}

const NODE_FILTER = {
  SHOW_ALL: -1, SHOW_ELEMENT: 1, SHOW_ATTRIBUTE: 2, SHOW_TEXT: 4, SHOW_CDATA_SECTION: 8,
  SHOW_PROCESSING_INSTRUCTION: 64, SHOW_COMMENT: 128, FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3,
};

type DomWindow = Window & typeof globalThis;
type LooseWindow = DomWindow & Record<string, unknown>;

/**
 * A browser window is used as is. A linkedom window lacks NodeFilter and
 * document.implementation, keeps parentNode/nodeType as plain fields (DOMPurify would
 * then see every node as detached and sanitize nothing) and parses fragments without a
 * body; this view fills exactly those gaps.
 */
function purifierWindow(page: Window): DomWindow {
  const win = page as DomWindow;
  const loose = win as LooseWindow;
  const needsShim = !loose.NodeFilter || !hasAccessor(win.Element.prototype, 'parentNode');
  if (!needsShim) return win;
  const RealParser = win.DOMParser;
  class BodyParser {
    parseFromString(markup: string, type: DOMParserSupportedType): Document {
      return new RealParser().parseFromString(`<!doctype html><html><head></head><body>${markup}</body></html>`, type);
    }
  }
  const doc = win.document as Document & { implementation?: unknown };
  if (!doc.implementation) {
    Object.defineProperty(doc, 'implementation', {
      value: { createHTMLDocument: () => new BodyParser().parseFromString('', 'text/html') },
    });
  }
  const overrides: Record<string, unknown> = {
    NodeFilter: loose.NodeFilter ?? NODE_FILTER,
    Node: { prototype: withInstanceGetters(win.Node.prototype, ['nodeType', 'nodeName', 'ownerDocument']) },
    Element: { prototype: withInstanceGetters(win.Element.prototype, ['parentNode']) },
    DOMParser: BodyParser,
  };
  return new Proxy(loose, { get: (target, key) => (typeof key === 'string' && key in overrides ? overrides[key] : target[key as string]) });
}

function keepOnlySafeUrls(purifier: DOMPurify): void {
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim().toLowerCase();
    if (!value.startsWith('data:')) return;
    const isImage = node.nodeName.toLowerCase() === 'img' && value.startsWith('data:image/') && !value.startsWith('data:image/svg');
    if (!isImage) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() === 'iframe' && !isAllowedEmbed(node.getAttribute('src'))) node.remove();
  });
}

/** The store's policy; once set on its purifier, the purifier no longer parses the config given with each call. */
const STORE_CONFIG: Config & { RETURN_DOM: true } = { ...POLICY, RETURN_DOM: true };

const purifiers = { store: new WeakMap<Window, DOMPurify>(), reader: new WeakMap<Window, DOMPurify>() };

function purifierFor(win: Window, use: keyof typeof purifiers = 'store'): DOMPurify {
  let purifier = purifiers[use].get(win);
  if (!purifier) {
    purifier = createDOMPurify(purifierWindow(win));
    if (!purifier.isSupported) throw new Error('HTML sanitizer is not supported in this environment');
    keepOnlySafeUrls(purifier);
    keepSafeRel(purifier);
    if (use === 'reader') openLinksOutside(purifier);
    else purifier.setConfig(STORE_CONFIG);
    purifiers[use].set(win, purifier);
  }
  return purifier;
}

/**
 * What the policy's removals would leave looking live: a link whose address was unsafe or
 * missing becomes its text, an image left without a source goes. Done on the sanitized
 * tree, after DOMPurify's walk: moving nodes during the walk could hide them from it.
 */
function dropHollowElements(body: Element): string {
  for (const img of [...body.querySelectorAll('img:not([src]):not([srcset])')]) img.remove();
  for (const link of [...body.querySelectorAll('a:not([href])')]) link.replaceWith(...link.childNodes);
  // Reading, not writing: the serialization of the tree DOMPurify just sanitized.
  // eslint-disable-next-line no-restricted-properties
  return body.innerHTML;
}

/** Article HTML safe to store and render: no scripts, handlers, forms, styles or foreign iframes. */
export function sanitizeArticleHtml(html: string, win: Window): string {
  return dropHollowElements(purifierFor(win).sanitize(html, STORE_CONFIG));
}

/** The sanitized HTML of an element's subtree, read from a copy; saves serializing and re-parsing. */
export function sanitizeArticleElement(el: Element, win: Window): string {
  return dropHollowElements(purifierFor(win).sanitize(el, STORE_CONFIG));
}

/** The reader's second pass may keep the object URLs of stored images (blob:), which a page's own body may not. */
const OFFLINE_POLICY: Config = { ...POLICY, ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel|blob):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i };

/**
 * The body as the reader shows it offline (core/images/offline-body.ts): sanitized, its images
 * from their stored copies, nothing left that would load from the web.
 */
export function sanitizeForReaderOffline(html: string, win: Window, stored: ReadonlyMap<string, string>, labels: OfflineLabels): { html: string; missing: number } {
  const purifier = purifierFor(win, 'reader');
  const body = purifier.sanitize(html, { ...POLICY, RETURN_DOM: true }) as HTMLElement;
  const missing = makeOffline(body, stored, labels);
  return { html: purifier.sanitize(body, OFFLINE_POLICY) as string, missing };
}
