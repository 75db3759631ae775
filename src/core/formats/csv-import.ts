/** Which service wrote a CSV, told by its header, and the rows read accordingly. */
import type { CsvRow, CsvTable } from './csv-rows';
import type { RowResult } from './import-item';
import { instapaperCsvRow } from './instapaper-csv-read';
import { pocketCsvRow } from './pocket-csv-read';
import { fatal } from './problems';
import { raindropCsvRow } from './raindrop-csv-read';
import { readwiseCsvRow } from './readwise-csv-read';

export type CsvFormat = 'pocket-csv' | 'instapaper-csv' | 'raindrop-csv' | 'readwise-csv';

const ROW_READERS: Record<CsvFormat, (now: number) => (row: CsvRow) => RowResult> = {
  'pocket-csv': pocketCsvRow,
  'instapaper-csv': instapaperCsvRow,
  'raindrop-csv': raindropCsvRow,
  'readwise-csv': readwiseCsvRow,
};

/** Columns are found by name, so extra or reordered columns do not matter; a url column is required. */
export function csvFormat(table: CsvTable, file?: string): CsvFormat {
  const has = (name: string) => table.header.includes(name);
  if (has('highlight') && has('book title')) {
    if (!has('url')) fatal('a Readwise CSV without its "URL" column: its highlights have no article to go to', { line: 1, field: 'URL', file });
    return 'readwise-csv';
  }
  if (!has('url')) fatal('no "url" column in the header', { line: 1, field: 'url', file });
  if (has('time_added') || has('status')) return 'pocket-csv';
  if (has('selection') || has('timestamp')) return 'instapaper-csv';
  if (has('folder') || has('created') || has('highlights')) return 'raindrop-csv';
  return 'pocket-csv';
}

/** The reader for a format, refusing rows cut short (a truncated last line, say). */
export function csvRowReader(format: CsvFormat, now: number): (row: CsvRow) => RowResult {
  const read = ROW_READERS[format](now);
  return (row) =>
    row.size < row.columns
      ? { line: row.line, message: `only ${row.size} of ${row.columns} columns: the row is cut off` }
      : read(row);
}
