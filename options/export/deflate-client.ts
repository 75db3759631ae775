import type { DeflatedFile, DeflateFiles } from '../../src/core/formats';
import type { DeflateReply, DeflateRequest } from './deflate-messages';

export interface DeflateWorker {
  deflate: DeflateFiles;
  close(): void;
}

/**
 * A worker that compresses the Markdown zip's files off the page's thread, one per export.
 * A worker failure fails every batch still waiting, and so the export.
 */
export function startDeflateWorker(): DeflateWorker {
  const worker = new Worker(new URL('./deflate-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (files: DeflatedFile[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<DeflateReply>) => {
    waiting.get(event.data.id)?.resolve(event.data.files);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const { reject } of waiting.values()) reject(new Error(`compression failed: ${event.message}`));
    waiting.clear();
  });
  return {
    deflate: (texts) =>
      new Promise((resolve, reject) => {
        const request: DeflateRequest = { id: nextId++, texts };
        waiting.set(request.id, { resolve, reject });
        worker.postMessage(request);
      }),
    close: () => worker.terminate(),
  };
}
