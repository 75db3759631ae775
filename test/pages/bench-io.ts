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
import { watchImport } from '../../options/import/watch-import';
import { makeArticles, pocketCsv } from './bench-io-data';
import { rawReadOnce, rawWriteOnce } from './bench-io-floor';

const since = (start: number) => performance.now() - start;

/** When the background's report on the write (IMPORT_PROGRESS_PORT) said it began, wrote its last chunk and was done. */
function watchWrite(): { marks: Record<'began' | 'written' | 'done', number>; stop: () => void } {
  const marks = { began: 0, written: 0, done: 0 };
  const stop = watchImport((state) => {
    if (state.kind === 'writing' && state.written === 0) marks.began = performance.now();
    else if (state.kind === 'writing' && state.written === state.total) marks.written = performance.now();
    else if (state.kind === 'done') marks.done = performance.now();
  });
  return { marks, stop };
}

/**
 * One import of a Pocket CSV into an empty list; times each step: parse, preview, sanitize,
 * stage (the chunks' messages, until the background begins the write), write (until the last
 * chunk is written), commit (until the background's write is over: counts, journal, outbox,
 * commit), reply; then, after the import, the first page of the list and a search (which waits
 * for the search index to take the imported articles in).
 */
async function importOnce(rows: number): Promise<Record<string, number>> {
  await request({ type: 'data.deleteAll' });
  const file = new File([pocketCsv(rows)], 'part_000000.csv', { type: 'text/csv' });
  const watch = watchWrite();
  const start = performance.now();
  const parsed = await parseFile(file);
  const parse = since(start);
  const preview = await previewImport(parsed.items);
  const previewed = since(start);
  const sanitized = await sanitizeBodies(parsed.items);
  const sanitizedAt = performance.now();
  const result = await applyImport(sanitized);
  const total = since(start);
  watch.stop();
  const { began, written, done } = watch.marks;
  const listed = performance.now();
  const page = await request({ type: 'articles.list', query: { sort: 'savedAt', order: 'desc', limit: 50 } });
  const firstPage = since(listed);
  const searched = performance.now();
  const found = await request({ type: 'articles.list', query: { query: 'river', sort: 'relevance', order: 'desc', limit: 50 } });
  const search = since(searched);
  if (parsed.fatal || preview.new !== rows || result.added !== rows || page.total !== rows || found.total === 0 || !began || !written || !done) {
    throw new Error(`import went wrong: ${JSON.stringify({ fatal: parsed.fatal, preview, result, listed: page.total, found: found.total, marks: watch.marks })}`);
  }
  return {
    parse,
    preview: previewed - parse,
    sanitize: sanitizedAt - start - previewed,
    stage: began - sanitizedAt,
    write: written - began,
    commit: done - written,
    reply: start + total - done,
    apply: total - previewed,
    total,
    firstPage,
    search,
  };
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
