/**
 * Chrome's offscreen document for sync (reason DOM_PARSER): the service worker has no DOM,
 * so it sends synced body HTML here to pass DOMPurify (src/core/sanitize.ts) before storing it.
 */
import { browser, type Runtime } from '../src/platform/browser';
import { OFFSCREEN_SANITIZE, type OffscreenSanitize } from '../src/protocol';
import { sanitizeArticleHtml } from '../src/core/sanitize';

function isSanitize(message: unknown): message is OffscreenSanitize {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === OFFSCREEN_SANITIZE && Array.isArray((message as { html?: unknown }).html);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isSanitize(message) || sender.id !== browser.runtime.id) return undefined;
  return Promise.resolve({ html: message.html.map((html) => sanitizeArticleHtml(String(html), window)) });
});
