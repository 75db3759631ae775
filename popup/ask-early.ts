/**
 * The preview of the tab to clip, asked for by the popup's first, classic script (snapshot.ts)
 * while the page is still parsed, before its bundle is fetched and evaluated: the background
 * injects and extracts meanwhile. clip/earlyPreview.ts takes it over.
 */
import { earlyRequest, earlyTabId } from '../src/platform/early';
import type { PagePreview, Reply } from '../src/protocol';

export interface EarlyAsk {
  tabId: number;
  reply: Promise<Reply<PagePreview> | undefined>;
}

declare global {
  interface Window {
    /** Set when the popup opens on the page to clip; null when there is no tab. */
    __quireEarlyAsk?: Promise<EarlyAsk | null>;
  }
}

/** The mark left when the preview's request leaves, here or from earlyPreview.ts when this could not ask. */
export const PREVIEW_ASKED = 'quire:preview-asked';

/** Who sent the preview's request, in its mark's detail: this first script, or the bundle when this could not. */
export type PreviewAsker = 'first-script' | 'bundle';

export function askPreviewEarly(): void {
  window.__quireEarlyAsk = earlyTabId().then((tabId) => {
    if (tabId === null) return null;
    const reply = earlyRequest({ type: 'page.preview', tabId });
    performance.mark(PREVIEW_ASKED, { detail: 'first-script' satisfies PreviewAsker });
    // Handled where it is taken; this keeps a failure unseen until then from being reported as unhandled.
    reply.catch(() => undefined);
    return { tabId, reply };
  });
  // A failed tab query is the popup's own to report: earlyPreview.ts asks again.
  window.__quireEarlyAsk.catch(() => undefined);
}
