/**
 * The Markdown zip's compression, in a worker of the options page: the page converts bodies
 * with turndown, which needs its DOM, while this deflates the batch before. Built as its own
 * file next to the page's scripts, so it loads under the extension's `script-src 'self'`.
 */
import { deflateFile } from '../../src/core/formats/markdown-zip-stream';
import type { DeflateReply, DeflateRequest } from './deflate-messages';

addEventListener('message', (event: MessageEvent<DeflateRequest>) => {
  const deflated = event.data.files.map(deflateFile);
  const reply: DeflateReply = { id: event.data.id, deflated };
  postMessage(reply, { transfer: deflated.map((data) => data.buffer) });
});
