import type { CsvRow } from './csv-rows';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';

/** Since 2024 Instapaper writes Tags as a JSON array; older or hand-edited files may hold a plain list. */
function instapaperTags(cell: string): string[] {
  const text = cell.trim();
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: read it as a comma-separated list below.
  }
  return text.split(',');
}

/** A row of Instapaper's CSV: URL,Title,Selection,Folder,Timestamp[,Tags]. */
export function instapaperCsvRow(now: number) {
  return (row: CsvRow): RowResult => {
    const folder = row.get('folder').trim();
    const known = folder.toLowerCase();
    const isFolderTag = folder !== '' && !['unread', 'archive', 'starred'].includes(known);
    const selection = row.get('selection').trim();
    return linkItem(row.line, {
      url: row.get('url'),
      title: row.get('title'),
      tags: [...instapaperTags(row.get('tags')), ...(isFolderTag ? [folder] : [])],
      savedAt: parseDateCell(row.get('timestamp'), now),
      dateField: 'Timestamp',
      status: known === 'archive' ? 'archived' : 'unread',
      favorite: known === 'starred',
      more: selection ? { excerpt: selection } : {},
    });
  };
}
