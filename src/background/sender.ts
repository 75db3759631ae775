import type { Runtime } from '../platform/browser';

/**
 * Only our own extension pages may talk to the background. A content script or web
 * page message carries a tab and a non-extension URL; anything else from another
 * extension carries another id.
 */
export function isOwnExtensionPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  const url = sender.url ?? '';
  return url.startsWith(ownOrigin);
}
