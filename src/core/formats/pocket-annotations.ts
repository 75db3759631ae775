/**
 * Pocket's annotations in its export zip: annotations/part_<n>.json, each a list of
 * {url, title, highlights: [{quote, created_at}]} (created_at in unix seconds). They join
 * the CSV's articles by URL (an annotated page missing from the CSV still comes in, as a link).
 * A malformed file or entry names the file, the entry and the field, and nothing is imported.
 */
import { quoteSelector } from '../highlights/describe';
import { parseJsonText, isRecord } from './json-text';
import { fatal } from './problems';
import { isProblem, linkItem } from './import-item';
import { urlKey } from '../url';
import type { ImportHighlight, ImportItem } from './types';

export const POCKET_ANNOTATIONS = /(^|\/)annotations\/[^/]*\.json$/i;

export interface PocketAnnotated {
  url: string;
  title: string;
  highlights: ImportHighlight[];
}

function highlight(value: unknown, where: { file: string; line: number }): ImportHighlight {
  if (!isRecord(value) || typeof value.quote !== 'string' || !value.quote.trim()) fatal('a highlight without its quote', { ...where, field: 'highlights.quote' });
  const seconds = value.created_at;
  if (seconds !== undefined && (typeof seconds !== 'number' || !Number.isFinite(seconds))) fatal('created_at is not a unix time', { ...where, field: 'highlights.created_at' });
  const createdAt = typeof seconds === 'number' ? Math.round(seconds * 1000) : undefined;
  return { color: 'yellow', note: '', quote: quoteSelector(value.quote.trim()), position: null, createdAt, updatedAt: createdAt };
}

/** Every annotated page of every annotations file; entry n of a file is its line n. */
export function pocketAnnotations(files: ReadonlyMap<string, string>): PocketAnnotated[] {
  const pages: PocketAnnotated[] = [];
  for (const [file, content] of files) {
    if (!POCKET_ANNOTATIONS.test(file)) continue;
    const list = parseJsonText(content, file);
    if (!Array.isArray(list)) fatal('the annotations file is not a JSON list', { line: 1, file });
    list.forEach((entry, index) => {
      const where = { file, line: index + 1 };
      if (!isRecord(entry) || typeof entry.url !== 'string' || !entry.url.trim()) fatal('an annotation without its page url', { ...where, field: 'url' });
      if (!Array.isArray(entry.highlights)) fatal('"highlights" is missing or not a list', { ...where, field: 'highlights' });
      pages.push({ url: entry.url.trim(), title: typeof entry.title === 'string' ? entry.title : '', highlights: entry.highlights.map((h) => highlight(h, where)) });
    });
  }
  return pages;
}

/** The CSV's items with their pages' highlights; an annotated page the CSV lacks comes in as a link. */
export function withPocketAnnotations(items: ImportItem[], pages: PocketAnnotated[], now: number): ImportItem[] {
  if (pages.length === 0) return items;
  const byKey = new Map(items.map((item) => [urlKey(item.url), item]));
  const extra: ImportItem[] = [];
  for (const page of pages) {
    const item = byKey.get(urlKey(page.url));
    if (item) {
      item.highlights = [...(item.highlights ?? []), ...page.highlights];
      continue;
    }
    const link = linkItem(items.length + extra.length + 1, { url: page.url, title: page.title, tags: [], savedAt: now, dateField: 'created_at' });
    if (!isProblem(link)) extra.push({ ...link, highlights: page.highlights });
  }
  return [...items, ...extra];
}
