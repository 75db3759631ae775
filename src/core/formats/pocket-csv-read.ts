import type { CsvRow } from './csv-rows';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import { POCKET_TAG_SEPARATOR, unescapeFormula } from './pocket-columns';
import type { ImportItem } from './types';

function optional(row: CsvRow, column: string): string | undefined {
  const cell = unescapeFormula(row.get(column)).trim();
  return cell || undefined;
}

/** Quire's own CSV carries a few more columns after Pocket's; a real Pocket file has none of them. */
function quireExtras(row: CsvRow): Partial<ImportItem> {
  const extras: Partial<ImportItem> = {};
  const excerpt = optional(row, 'excerpt');
  const byline = optional(row, 'byline');
  const siteName = optional(row, 'site_name');
  const published = optional(row, 'published_time');
  if (excerpt) extras.excerpt = excerpt;
  if (byline) extras.byline = byline;
  if (siteName) extras.siteName = siteName;
  if (published) extras.publishedTime = published;
  return extras;
}

/** A row of Pocket's part_NNNNNN.csv (title,url,time_added[,cursor],tags,status), or of Quire's CSV. */
export function pocketCsvRow(now: number) {
  return (row: CsvRow): RowResult =>
    linkItem(row.line, {
      url: row.get('url'),
      title: unescapeFormula(row.get('title')),
      tags: unescapeFormula(row.get('tags')).split(POCKET_TAG_SEPARATOR),
      savedAt: parseDateCell(row.get('time_added'), now),
      dateField: 'time_added',
      status: row.get('status').trim().toLowerCase() === 'archive' ? 'archived' : 'unread',
      favorite: ['1', 'true'].includes(row.get('favorite').trim().toLowerCase()),
      more: quireExtras(row),
    });
}
