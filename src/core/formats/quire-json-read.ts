import { isProblem, linkItem, type RowResult } from './import-item';
import { isRecord, parseJsonText } from './json-text';
import { fatal } from './problems';
import { importHighlights } from './quire-json-highlights';
import { ARTICLE_FIELDS, ARTICLE_KEYS, FIRST_VERSION_WITH_HIGHLIGHTS, QUIRE_FORMAT, QUIRE_VERSION } from './quire-json-schema';
import type { ImportItem } from './types';

/** The fields a file of this version has: version 1 had no highlights, and a key it did not define is ignored. */
function keysOf(version: number) {
  return version >= FIRST_VERSION_WITH_HIGHLIGHTS ? ARTICLE_KEYS : ARTICLE_KEYS.filter((key) => key !== 'highlights');
}

/** Every field the article has, checked; absent fields are left for the importer's defaults. */
function quireArticle(value: unknown, line: number, now: number, version: number): RowResult {
  if (!isRecord(value)) return { line, message: `article ${line} is not an object` };
  const keys = keysOf(version);
  for (const key of keys) {
    if (key in value && !ARTICLE_FIELDS[key](value[key])) return { line, field: key, message: `article ${line}: ${key} has the wrong type or value` };
  }
  const base = linkItem(line, {
    url: value.url as string | undefined,
    title: value.title as string | undefined,
    tags: (value.tags as string[] | undefined) ?? [],
    savedAt: (value.savedAt as number | undefined) ?? now,
    dateField: 'savedAt',
  });
  if (isProblem(base)) return base;
  const item: Record<string, unknown> = { ...base };
  for (const key of keys) if (key in value) item[key] = value[key];
  if (Array.isArray(item.highlights)) item.highlights = item.highlights.length ? importHighlights(item.highlights) : undefined;
  // Tags stay normalized, as linkItem made them, whatever the file holds.
  item.tags = base.tags;
  if (!('kind' in value)) item.kind = typeof value.html === 'string' && value.html ? 'article' : 'link';
  return item as unknown as ImportItem;
}

/** The version and article list of a Quire JSON file; a wrong format, a newer version or no list is fatal. */
export function readQuireJson(text: string): { version: number; articles: unknown[] } {
  const root = parseJsonText(text);
  if (!isRecord(root) || root.format !== QUIRE_FORMAT) fatal('not a Quire export: "format" is not "quire"', { line: 1, field: 'format' });
  if (typeof root.version !== 'number' || root.version > QUIRE_VERSION) {
    fatal(`Quire JSON version ${String(root.version)} is newer than this Quire understands (${QUIRE_VERSION})`, { line: 1, field: 'version' });
  }
  if (!Array.isArray(root.articles)) fatal('"articles" is missing or not a list', { line: 1, field: 'articles' });
  return { version: root.version, articles: root.articles };
}

export function quireArticleReader(now: number, version: number) {
  return (entry: { value: unknown; line: number }): RowResult => quireArticle(entry.value, entry.line, now, version);
}
