/**
 * Readwise's CSV export: one row per highlight (Highlight, Book Title, Book Author, URL, Note,
 * Color, Tags, Highlighted at, and more Quire does not need). Rows of one URL become one
 * article with all their highlights (the import merges items of one address); a highlight
 * has no offsets, so the reader finds it by its text once the body is there.
 */
import type { CsvRow } from './csv-rows';
import { parseDateCell } from './dates';
import { isProblem, linkItem, type RowResult } from './import-item';
import { quoteSelector } from '../highlights/describe';
import { isHighlightColor, type HighlightColor } from '../highlights/types';

/** Readwise's six colours on Quire's four. */
const COLORS: Record<string, HighlightColor> = { orange: 'yellow', purple: 'pink' };

function colorOf(cell: string): HighlightColor {
  const name = cell.trim().toLowerCase();
  return isHighlightColor(name) ? name : (COLORS[name] ?? 'yellow');
}

export function readwiseCsvRow(now: number) {
  return (row: CsvRow): RowResult => {
    const quote = row.get('highlight').trim();
    if (!quote) return { line: row.line, file: row.file, field: 'Highlight', message: 'no highlighted text in Highlight' };
    const at = row.get('highlighted at').trim();
    const createdAt = at ? parseDateCell(at, now) : now;
    if (createdAt === null) return { line: row.line, file: row.file, field: 'Highlighted at', message: `unreadable date in Highlighted at: ${at.slice(0, 40)}` };
    const byline = row.get('book author').trim();
    const item = linkItem(row.line, {
      url: row.get('url'),
      title: row.get('book title'),
      tags: row.get('tags').split(','),
      savedAt: createdAt,
      dateField: 'Highlighted at',
      more: byline ? { byline } : {},
    });
    if (isProblem(item)) return item.field === 'url' ? { ...item, field: 'URL' } : item;
    const note = row.get('note').trim();
    return { ...item, highlights: [{ color: colorOf(row.get('color')), note, quote: quoteSelector(quote), position: null, createdAt, updatedAt: createdAt }] };
  };
}
