/**
 * Omnivore's export zip: metadata_<from>_to_<to>.json arrays of
 * {id, slug, title, description, author, url, state, readingProgress, thumbnail, labels, savedAt, updatedAt, publishedAt},
 * with reader-view bodies in content/<slug>.html and highlights in the entries' `highlights` and
 * highlights/<slug>.md (omnivore-highlights.ts).
 */
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import { isRecord, parseJsonText } from './json-text';
import { jsonHighlights, markdownHighlights, OMNIVORE_HIGHLIGHTS } from './omnivore-highlights';
import { fatal } from './problems';
import type { ImportItem } from './types';
import { byNumber } from './zip-entries';

export const OMNIVORE_METADATA = /(^|\/)metadata_\d+_to_\d+\.json$/;
const CONTENT = /(^|\/)content\/([^/]+)\.html$/;

export interface OmnivoreEntry {
  value: unknown;
  line: number;
  file: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Labels were plain names in later exports and {name} objects in earlier ones. */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.flatMap((label) => (typeof label === 'string' ? [label] : isRecord(label) && typeof label.name === 'string' ? [label.name] : []));
}

function details(entry: Record<string, unknown>, body: string | undefined): Partial<ImportItem> {
  const more: Partial<ImportItem> = {};
  const excerpt = text(entry.description);
  const byline = text(entry.author);
  const image = text(entry.thumbnail);
  const published = text(entry.publishedAt);
  if (excerpt) more.excerpt = excerpt;
  if (byline) more.byline = byline;
  if (image) more.leadImageUrl = image;
  if (published) more.publishedTime = published;
  if (typeof entry.readingProgress === 'number') more.progress = Math.min(1, Math.max(0, entry.readingProgress / 100));
  if (body) {
    more.html = body;
    more.kind = 'article';
  }
  return more;
}

/** The JSON's highlights, else those of highlights/<slug>.md. */
function highlightsOf(entry: Record<string, unknown>, markdown: string | undefined): Partial<ImportItem> {
  const json = jsonHighlights(entry.highlights);
  const highlights = json.length > 0 ? json : markdownHighlights(markdown ?? '');
  return highlights.length > 0 ? { highlights } : {};
}

export function omnivoreEntryReader(bodies: ReadonlyMap<string, string>, now: number, notes: ReadonlyMap<string, string> = new Map()) {
  return ({ value, line }: OmnivoreEntry): RowResult => {
    if (!isRecord(value)) return { line, message: `entry ${line} is not an object` };
    const slug = text(value.slug);
    return linkItem(line, {
      url: text(value.url),
      title: text(value.title),
      tags: labelNames(value.labels),
      savedAt: parseDateCell(text(value.savedAt), now),
      dateField: 'savedAt',
      status: /^archived$/i.test(text(value.state) ?? '') ? 'archived' : 'unread',
      more: { ...details(value, slug ? bodies.get(slug) : undefined), ...highlightsOf(value, slug ? notes.get(slug) : undefined) },
    });
  };
}

/** Every metadata entry in file order, numbered within its file; bodies keyed by slug. */
export function omnivoreEntries(files: ReadonlyMap<string, string>): { entries: OmnivoreEntry[]; bodies: Map<string, string>; notes: Map<string, string> } {
  const entries: OmnivoreEntry[] = [];
  const bodies = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const [name, content] of files) {
    const slug = CONTENT.exec(name)?.[2];
    if (slug) bodies.set(slug, content);
    const marked = OMNIVORE_HIGHLIGHTS.exec(name)?.[2];
    if (marked) notes.set(marked, content);
  }
  for (const file of byNumber([...files.keys()].filter((name) => OMNIVORE_METADATA.test(name)))) {
    const list = parseJsonText(files.get(file) ?? '', file);
    if (!Array.isArray(list)) fatal('the metadata file is not a JSON list', { line: 1, file });
    list.forEach((value, index) => entries.push({ value, line: index + 1, file }));
  }
  return { entries, bodies, notes };
}
