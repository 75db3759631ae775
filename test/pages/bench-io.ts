/**
 * The I/O benchmark inside an extension page, on the options page's own code paths:
 * import = parse in the page, preview and write through the background; export = read
 * the database in the page and write the file (the download click itself is left out).
 */
import type { ExportFormat } from '../../src/core/formats';
import { createRepository, openDatabase } from '../../src/storage';
import { request } from '../../src/ui/client';
import { buildExport } from '../../options/export/export-file';
import { applyImport, parseFile, previewImport } from '../../options/import/import-flow';
import { sanitizeBodies } from '../../options/import/sanitize-bodies';
import { makeArticles, pocketCsv } from './bench-io-data';
import { rawReadOnce, rawWriteOnce } from './bench-io-floor';

const since = (start: number) => performance.now() - start;

/** One import of a Pocket CSV into an empty list; times each step. */
async function importOnce(rows: number): Promise<Record<string, number>> {
  await request({ type: 'data.deleteAll' });
  const file = new File([pocketCsv(rows)], 'part_000000.csv', { type: 'text/csv' });
  const start = performance.now();
  const parsed = await parseFile(file);
  const parse = since(start);
  const preview = await previewImport(parsed.items);
  const previewed = since(start);
  const result = await applyImport(await sanitizeBodies(parsed.items));
  const total = since(start);
  if (parsed.fatal || preview.new !== rows || result.added !== rows) {
    throw new Error(`import went wrong: ${JSON.stringify({ fatal: parsed.fatal, preview, result })}`);
  }
  return { parse, preview: previewed - parse, apply: total - previewed, total };
}

/**
 * Fills the list with articles and bodies, straight into IndexedDB (this page is never shipped),
 * stored as a real import stores them: sanitized, with each body's Markdown cached.
 */
async function seed(count: number, textBytes: number): Promise<number> {
  await request({ type: 'data.deleteAll' });
  const repository = createRepository(openDatabase(), { storageManager: null, searchFlushDelayMs: null });
  const { added } = await repository.applyImport(await sanitizeBodies(makeArticles(count, textBytes)));
  return added;
}

async function exportOnce(format: ExportFormat): Promise<{ ms: number; readMs: number; bytes: number; count: number }> {
  const start = performance.now();
  let readMs = 0;
  const file = await buildExport(format, {}, new Date(), { onRead: () => (readMs = since(start)) });
  return { ms: since(start), readMs, bytes: file.blob.size, count: file.count };
}

declare global {
  interface Window {
    quireIoBench?: {
      importOnce: typeof importOnce;
      seed: typeof seed;
      exportOnce: typeof exportOnce;
      rawWriteOnce: typeof rawWriteOnce;
      rawReadOnce: typeof rawReadOnce;
    };
  }
}

window.quireIoBench = { importOnce, seed, exportOnce, rawWriteOnce, rawReadOnce };
