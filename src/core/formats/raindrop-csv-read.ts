import type { CsvRow } from './csv-rows';
import { parseDateCell } from './dates';
import { linkItem, type RowResult } from './import-item';
import type { ImportItem } from './types';

/** Raindrop's catch-all collection; it says nothing about the link, so it makes no tag. */
const UNSORTED = 'unsorted';

/** A nested collection "Work/Reading" becomes the tags "work" and "reading". */
function folderTags(cell: string): string[] {
  return cell.split('/').map((part) => part.trim()).filter((part) => part && part.toLowerCase() !== UNSORTED);
}

/** A row of Raindrop's CSV backup: id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite. */
export function raindropCsvRow(now: number) {
  return (row: CsvRow): RowResult => {
    const more: Partial<ImportItem> = {};
    const excerpt = row.get('excerpt').trim();
    const cover = row.get('cover').trim();
    if (excerpt) more.excerpt = excerpt;
    if (cover) more.leadImageUrl = cover;
    return linkItem(row.line, {
      url: row.get('url'),
      title: row.get('title'),
      tags: [...row.get('tags').split(','), ...folderTags(row.get('folder'))],
      savedAt: parseDateCell(row.get('created'), now),
      dateField: 'created',
      favorite: row.get('favorite').trim().toLowerCase() === 'true',
      more,
    });
  };
}
