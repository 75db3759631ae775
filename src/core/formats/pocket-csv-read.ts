import type { CsvRow } from './csv-rows';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import { POCKET_TAG_SEPARATOR, unescapeFormula } from './pocket-columns';
import type { ImportItem, ImportProblem } from './types';

function optional(row: CsvRow, column: string): string | undefined {
  const cell = unescapeFormula(row.get(column)).trim();
  return cell || undefined;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number column Quire writes: absent when empty, a problem naming the column when it is not a number in range. */
function numberCell(row: CsvRow, column: string, valid: (value: number) => boolean): number | undefined | ImportProblem {
  const cell = optional(row, column);
  if (cell === undefined) return undefined;
  const value = DECIMAL.test(cell) ? Number(cell) : NaN;
  return valid(value) ? value : { line: row.line, field: column, message: `unreadable number in ${column}: ${cell.slice(0, 40)}` };
}

/** Quire's own CSV carries a few more columns after Pocket's; a real Pocket file has none of them. */
function quireExtras(row: CsvRow): Partial<ImportItem> | ImportProblem {
  const extras: Partial<ImportItem> = {};
  const excerpt = optional(row, 'excerpt');
  const byline = optional(row, 'byline');
  const siteName = optional(row, 'site_name');
  const published = optional(row, 'published_time');
  const wordCount = numberCell(row, 'word_count', (n) => Number.isSafeInteger(n) && n >= 0);
  const progress = numberCell(row, 'progress', (n) => n >= 0 && n <= 1);
  if (typeof wordCount === 'object') return wordCount;
  if (typeof progress === 'object') return progress;
  if (excerpt) extras.excerpt = excerpt;
  if (byline) extras.byline = byline;
  if (siteName) extras.siteName = siteName;
  if (published) extras.publishedTime = published;
  if (wordCount !== undefined) extras.wordCount = wordCount;
  if (progress !== undefined) extras.progress = progress;
  return extras;
}

/** A row of Pocket's part_NNNNNN.csv (title,url,time_added[,cursor],tags,status), or of Quire's CSV. */
export function pocketCsvRow(now: number) {
  return (row: CsvRow): RowResult => {
    const more = quireExtras(row);
    if ('message' in more) return more;
    return linkItem(row.line, {
      url: row.get('url'),
      title: unescapeFormula(row.get('title')),
      tags: unescapeFormula(row.get('tags')).split(POCKET_TAG_SEPARATOR),
      savedAt: parseDateCell(row.get('time_added'), now),
      dateField: 'time_added',
      status: row.get('status').trim().toLowerCase() === 'archive' ? 'archived' : 'unread',
      favorite: ['1', 'true'].includes(row.get('favorite').trim().toLowerCase()),
      more,
    });
  };
}
