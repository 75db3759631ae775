/**
 * The Markdown zip's worker, beside the options page: it compresses the files the page
 * converted, and converts and compresses whole batches while the page converts others.
 * Turndown needs a DOM, and a worker has no DOMParser: here bodies are parsed by domino, the
 * HTML parser turndown itself uses outside browsers (the same Markdown as the page's, on the
 * benchmark's articles and on all 130 pages of the Readability corpus). Built as its own
 * file next to the page's scripts, so it loads under the extension's `script-src 'self'`.
 */
import { createDocument } from '@mixmark-io/domino';
import { articleTexts } from '../../src/core/formats/markdown-zip-files';
import { deflateText } from '../../src/core/formats/markdown-zip-stream';
import type { ZipReply, ZipRequest } from './markdown-zip-messages';

const parseBody = (html: string) => createDocument(`<html><body>${html}</body></html>`).body;

addEventListener('message', (event: MessageEvent<ZipRequest>) => {
  const request = event.data;
  const texts = 'texts' in request ? request.texts : articleTexts(request.articles, parseBody);
  const files = texts.map(deflateText);
  const reply: ZipReply = { id: request.id, files };
  postMessage(reply, { transfer: files.map((file) => file.deflated.buffer) });
});
