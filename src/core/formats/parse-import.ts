/** Reads any supported export file: the format is told from the bytes first and the name second. */
import { csvFormat, csvRowReader } from './csv-import';
import { readCsv, type CsvRow } from './csv-rows';
import type { RowResult } from './import-item';
import { readNetscape } from './netscape-read';
import { OMNIVORE_HIGHLIGHTS } from './omnivore-highlights';
import { pocketAnnotations, POCKET_ANNOTATIONS, withPocketAnnotations } from './pocket-annotations';
import { omnivoreEntries, omnivoreEntryReader, OMNIVORE_METADATA } from './omnivore-read';
import { readPocketHtml } from './pocket-html-read';
import { ImportFatalError, fatal } from './problems';
import { collectRows } from './progress';
import { quireArticleReader, readQuireJson } from './quire-json-read';
import type { ParsedImport } from './types';
import { decodeText, byNumber, readZipText } from './zip-entries';

type Progress = ((fraction: number) => void) | undefined;

const POCKET_PART = /(^|\/)part_\d+\.csv$/i;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

async function parseZip(result: ParsedImport, bytes: Uint8Array, now: number, onProgress: Progress): Promise<void> {
  const files = readZipText(
    bytes,
    (name) => OMNIVORE_METADATA.test(name) || /(^|\/)content\/[^/]+\.html$/.test(name) || OMNIVORE_HIGHLIGHTS.test(name) || POCKET_ANNOTATIONS.test(name) || /\.csv$/i.test(name),
  );
  const names = [...files.keys()];
  if (names.some((name) => OMNIVORE_METADATA.test(name))) {
    result.format = 'omnivore-zip';
    const { entries, bodies, notes } = omnivoreEntries(files);
    Object.assign(result, await collectRows(entries, omnivoreEntryReader(bodies, now, notes), onProgress, (entry) => entry.file));
    return;
  }
  const parts = byNumber(names.filter((name) => POCKET_PART.test(name)));
  const csvs = parts.length > 0 ? parts : names.filter((name) => /\.csv$/i.test(name));
  if (csvs.length === 0) fatal('the zip holds neither Pocket part_*.csv files nor Omnivore metadata_*.json files', { field: 'zip' });
  result.format = 'pocket-zip';
  const rows: CsvRow[] = [];
  for (const file of csvs) {
    const table = readCsv(files.get(file) ?? '', file);
    if (csvFormat(table, file) !== 'pocket-csv') fatal('not a Pocket CSV: no time_added or status column', { line: 1, field: 'time_added', file });
    for (const row of table.rows) rows.push(row);
  }
  const pages = pocketAnnotations(files);
  const read = await collectRows(rows, csvRowReader('pocket-csv', now), onProgress, (row) => row.file);
  Object.assign(result, { ...read, items: withPocketAnnotations(read.items, pages, now) });
}

async function parseText(result: ParsedImport, text: string, now: number, onProgress: Progress): Promise<void> {
  const start = text.trimStart();
  if (start.startsWith('{')) {
    result.format = 'quire-json';
    const { version, articles } = readQuireJson(text);
    const entries = articles.map((value, index) => ({ value, line: index + 1 }));
    Object.assign(result, await collectRows(entries, quireArticleReader(now, version), onProgress));
  } else if (start.startsWith('<')) {
    const isNetscape = /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1|<dl[\s>]/i.test(text);
    result.format = isNetscape ? 'netscape' : 'pocket-html';
    const rows = isNetscape ? readNetscape(text, now) : readPocketHtml(text, now);
    Object.assign(result, await collectRows(rows, (row: RowResult) => row, onProgress));
  } else {
    // The header alone names the format, so a file broken further down is still reported as what it is.
    const format = csvFormat(readCsv(start.slice(0, start.search(/\r?\n|$/))));
    result.format = format;
    const table = readCsv(text);
    Object.assign(result, await collectRows(table.rows, csvRowReader(format, now), onProgress));
  }
}

export async function parseImportFile(name: string, bytes: Uint8Array, now: number, onProgress?: (fraction: number) => void): Promise<ParsedImport> {
  const result: ParsedImport = { format: 'unknown', items: [], invalid: [], fatal: null };
  try {
    if (isZip(bytes)) await parseZip(result, bytes, now, onProgress);
    else if (/\.zip$/i.test(name)) fatal('the file is named .zip but is not a zip archive', { field: 'zip' });
    else await parseText(result, decodeText(bytes), now, onProgress);
  } catch (error) {
    if (!(error instanceof ImportFatalError)) throw error;
    return { format: result.format, items: [], invalid: [], fatal: error.problem };
  }
  return result;
}
