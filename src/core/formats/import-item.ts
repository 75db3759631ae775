import type { ArticleStatus } from '../article';
import { normalizeTags } from '../tags';
import { canonicalizeUrl } from '../url';
import type { ImportItem, ImportProblem } from './types';

/** What a reader found for one link, before validation. */
export interface RawLink {
  url: string | undefined;
  title: string | undefined;
  tags: Iterable<string>;
  /** Null when the file's date could not be read. */
  savedAt: number | null;
  /** The file's name for the date, for messages. */
  dateField: string;
  status?: ArticleStatus;
  favorite?: boolean;
  more?: Partial<ImportItem>;
}

export type RowResult = ImportItem | ImportProblem;

export function isProblem(result: RowResult): result is ImportProblem {
  return 'message' in result;
}

/** Validates a link: it needs a web address and a readable date; an empty title falls back to the URL. */
export function linkItem(line: number, raw: RawLink): RowResult {
  const url = (raw.url ?? '').trim();
  if (!url) return { line, field: 'url', message: 'no URL' };
  if (!canonicalizeUrl(url)) return { line, field: 'url', message: `not a web address: ${url.slice(0, 200)}` };
  if (raw.savedAt === null) return { line, field: raw.dateField, message: `unreadable date in ${raw.dateField}` };
  const title = (raw.title ?? '').trim();
  return {
    line,
    url,
    title: title || url,
    tags: normalizeTags(raw.tags),
    status: raw.status ?? 'unread',
    favorite: raw.favorite ?? false,
    savedAt: raw.savedAt,
    kind: 'link',
    ...raw.more,
  };
}

/**
 * The address an imported item is known by in the list: the canonical URL a Quire export
 * carries, when it is a web address, else the link. Preview and write must agree on it.
 */
export function listAddress(item: Pick<ImportItem, 'url' | 'canonicalUrl'>): string {
  return item.canonicalUrl && canonicalizeUrl(item.canonicalUrl) ? item.canonicalUrl : item.url;
}
