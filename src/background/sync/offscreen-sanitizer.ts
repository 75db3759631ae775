/**
 * Chrome's service worker has no DOM for DOMPurify: bodies are sanitized in an offscreen
 * document (reason DOM_PARSER, offscreen/index.html), made when first needed and
 * reused, in batches of at most BATCH_BYTES so no message nears Chrome's 64 MiB limit.
 */
import { browser } from '../../platform/browser';
import { OFFSCREEN_SANITIZE, type OffscreenSanitize } from '../../protocol';
import type { BodySanitizer } from './engine';
import { failure } from './failure';

const URL_PATH = 'offscreen/index.html';
const BATCH_BYTES = 8 * 1024 * 1024;

/** The part of chrome.offscreen (Chrome 109+) used here; the polyfill passes it through unwrapped. */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreenApi = (): OffscreenApi | undefined => (browser as unknown as { offscreen?: OffscreenApi }).offscreen;

let opening: Promise<void> | null = null;

async function ensureDocument(api: OffscreenApi): Promise<void> {
  if (api.hasDocument && (await api.hasDocument())) return;
  opening ??= api
    .createDocument({ url: URL_PATH, reasons: ['DOM_PARSER'], justification: 'Sanitize synced article HTML with DOMPurify before it is stored.' })
    .catch((error: unknown) => {
      // Another call made it first: that one is there to use.
      if (!/single offscreen|already/i.test(String((error as Error)?.message))) throw error;
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}

/** Consecutive slices of `html` of at most BATCH_BYTES of UTF-16 each (one body over it alone). */
function batches(html: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const one of html) {
    if (current.length && size + one.length * 2 > BATCH_BYTES) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(one);
    size += one.length * 2;
  }
  if (current.length) out.push(current);
  return out;
}

export function offscreenSanitizer(): BodySanitizer {
  return {
    async sanitize(html) {
      const api = offscreenApi();
      if (!api) throw failure('error', 'This browser has no offscreen documents to sanitize synced bodies in.');
      await ensureDocument(api);
      const clean: string[] = [];
      for (const batch of batches(html)) {
        const request: OffscreenSanitize = { type: OFFSCREEN_SANITIZE, html: batch };
        const reply = (await browser.runtime.sendMessage(request)) as { html?: string[] } | undefined;
        if (!reply?.html || reply.html.length !== batch.length) throw failure('error', 'The offscreen document did not sanitize the synced bodies.');
        clean.push(...reply.html);
      }
      return clean;
    },
  };
}
