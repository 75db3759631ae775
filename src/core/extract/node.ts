/** Extraction from an HTML string in Node (CLI, tests, benchmarks); keeps linkedom out of the browser bundle. */
import { parseHTML } from 'linkedom';
import type { ExtractResult } from '../clip';
import { MAX_HTML_CHARS } from './limits';
import { runPipeline, type PipelineOptions } from './pipeline';

const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|div|p|article|main|title|meta)[\s>/]/i;

const HTML_TAG = /<\/?html\b[^>]*>/gi;
const DOCTYPE = /<!doctype[^>]*>/gi;

/**
 * linkedom does not build the implied <html> element as a browser does: a page that
 * starts with a <script> or a bare <head> would come out without a root. Such markup is
 * rewrapped in one <html> (keeping the attributes of the page's own tag, e.g. lang).
 */
function parseAsBrowser(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (document.documentElement?.nodeName === 'HTML' && document.body) return document;
  const attributes = /<html\b([^>]*)>/i.exec(html)?.[1] ?? '';
  const inner = html.replace(DOCTYPE, '').replace(HTML_TAG, '');
  const headEnd = inner.search(/<\/head>/i);
  const body = /<body\b/i.test(inner) || headEnd < 0 ? inner : `${inner.slice(0, headEnd)}</head><body>${inner.slice(headEnd + 7)}</body>`;
  return (parseHTML(`<!DOCTYPE html><html${attributes}>${body}</html>`) as unknown as { document: Document }).document;
}

/** A linkedom document for `html`, with the URL Readability and link resolution expect. */
export function parseDocument(html: string, url: string): Document {
  const document = parseAsBrowser(html);
  for (const key of ['baseURI', 'documentURI', 'URL'] as const) {
    Object.defineProperty(document, key, { value: url, configurable: true });
  }
  return document;
}

export function extractFromHtml(html: string, url: string, options: PipelineOptions = {}): ExtractResult {
  try {
    if (html.length > MAX_HTML_CHARS) {
      return { ok: false, reason: 'too-large', message: `The page is ${html.length} characters; the limit is ${MAX_HTML_CHARS}.` };
    }
    if (!LOOKS_LIKE_HTML.test(html)) return { ok: false, reason: 'not-html', message: 'The content is not HTML.' };
    return runPipeline(parseDocument(html, url), url, options);
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
