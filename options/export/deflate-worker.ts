/**
 * The Markdown zip's compression, in a worker of the options page: the page converts bodies
 * with turndown, which needs its DOM, while this encodes, checksums and deflates the batch before. Built as its own
 * file next to the page's scripts, so it loads under the extension's `script-src 'self'`.
 */
import { deflateText } from '../../src/core/formats/markdown-zip-stream';
import type { DeflateReply, DeflateRequest } from './deflate-messages';

addEventListener('message', (event: MessageEvent<DeflateRequest>) => {
  const files = event.data.texts.map(deflateText);
  const reply: DeflateReply = { id: event.data.id, files };
  postMessage(reply, { transfer: files.map((file) => file.deflated.buffer) });
});
