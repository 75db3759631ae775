import type { Article } from '../../src/core/article';
import type { DeflatedFile, ZipHelper } from '../../src/core/formats';
import type { ZipJob, ZipReply, ZipRequest } from './markdown-zip-messages';

export interface ZipWorkers {
  helper: ZipHelper;
  close(): void;
}

/** Workers beside the page, which converts too: one per further core, at most four (each holds a DOM library and a batch). */
function workerCount(): number {
  return Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
}

interface ZipWorker {
  send(job: ZipJob): Promise<DeflatedFile[]>;
  /** Requests sent and not answered: a worker converting a batch has one, and gets no other batch to convert. */
  pending: number;
  terminate(): void;
}

/** One worker; its failure fails every request still waiting, and so the export. */
function startWorker(): ZipWorker {
  const worker = new Worker(new URL('./markdown-zip-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (files: DeflatedFile[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<ZipReply>) => {
    waiting.get(event.data.id)?.resolve(event.data.files);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const { reject } of waiting.values()) reject(new Error(`the Markdown zip worker failed: ${event.message}`));
    waiting.clear();
  });
  return {
    get pending() {
      return waiting.size;
    },
    send: (job) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        const request: ZipRequest = { ...job, id };
        worker.postMessage(request);
      }),
    terminate: () => worker.terminate(),
  };
}

/**
 * The Markdown zip's workers, for one export. A batch goes to a worker that has nothing to do,
 * else the page converts it and the least busy worker compresses it.
 */
export function startZipWorkers(): ZipWorkers {
  const workers = Array.from({ length: workerCount() }, startWorker);
  const leastBusy = () => workers.reduce((best, worker) => (worker.pending < best.pending ? worker : best));
  const convert = (batch: readonly Article[]) => {
    const idle = workers.find((worker) => worker.pending === 0);
    // The worker writes no search text: leave it out of the copy.
    return idle ? idle.send({ articles: batch.map((article) => ({ ...article, text: '' })) }) : null;
  };
  return {
    helper: { deflate: (texts) => leastBusy().send({ texts }), convert },
    close: () => workers.forEach((worker) => worker.terminate()),
  };
}
