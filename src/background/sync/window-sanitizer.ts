/** The body sanitizer where a window with a DOM is at hand: Firefox's background page, the offscreen document, Node tests (linkedom). */
import { sanitizeArticleHtml } from '../../core/sanitize';
import type { BodySanitizer } from './engine';

export function windowSanitizer(win: Window): BodySanitizer {
  return { sanitize: async (html) => html.map((one) => sanitizeArticleHtml(one, win)) };
}
