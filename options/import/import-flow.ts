/**
 * The steps of an import, run by the options page: parse the file here (no file bytes
 * cross a message), sanitize bodies here (sanitize-bodies.ts: the service worker has no
 * DOM for DOMPurify), then let the background preview and write. Also driven by the I/O benchmark.
 */
import type { ResponseMap } from '../../src/protocol';
import { parseImportFile } from '../../src/core/formats';
import { listAddress } from '../../src/core/formats/import-item';
import type { ImportItem, ParsedImport } from '../../src/core/formats/types';
import { request } from '../../src/ui/client';
import { chunkBySize } from './chunks';
import type { Progress } from './sanitize-bodies';

export type ImportPreview = ResponseMap['import.preview'];
export type ImportResult = ResponseMap['import.apply'];

export async function parseFile(file: File, onProgress?: Progress): Promise<ParsedImport> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return parseImportFile(file.name, bytes, Date.now(), onProgress);
}

/** How many new and how many already in the list: only the links cross, the answer needs nothing else. */
export function previewImport(items: ImportItem[]): Promise<ImportPreview> {
  return request({ type: 'import.preview', urls: items.map(listAddress) });
}

/**
 * Writes sanitized items, all or nothing. One message when they fit; otherwise chunks
 * staged in the background and committed in one transaction, the stage dropped on failure.
 * The background reports the write itself as it goes (watch-import.ts).
 */
export async function applyImport(items: ImportItem[]): Promise<ImportResult> {
  const chunks = chunkBySize(items);
  if (chunks.length <= 1) return request({ type: 'import.apply', items });
  const stageId = crypto.randomUUID();
  try {
    for (const chunk of chunks) await request({ type: 'import.stage', stageId, items: chunk });
    return await request({ type: 'import.commit', stageId });
  } catch (error) {
    await request({ type: 'import.discard', stageId }).catch(() => undefined);
    throw error;
  }
}
