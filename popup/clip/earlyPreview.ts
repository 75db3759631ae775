/**
 * The tab to clip, and its preview when the popup opens on it, asked for while the popup's
 * modules are still being evaluated: the background injects and extracts while the page
 * starts and paints, instead of after two rounds of effects. The popup's entry imports this early.
 */
import { browser } from '../../src/platform/browser';
import type { PagePreview } from '../../src/protocol';
import { request } from '../../src/ui/client';
import { opensOnList } from '../view';

/** The tab to clip: `?tabId=N` (how tests drive the popup as a tab), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export const tabToClip: Promise<number | null> = targetTabId();

let early: { tabId: number; preview: Promise<PagePreview> } | null = null;
if (!opensOnList()) {
  void tabToClip.then((tabId) => {
    if (tabId === null) return;
    const preview = request({ type: 'page.preview', tabId });
    // Handled where it is taken; this keeps a failure unseen until then from being reported as unhandled.
    preview.catch(() => undefined);
    early = { tabId, preview };
  });
}

/** The early preview of this tab, once; null afterwards (a retry asks afresh) or for another tab. */
export function takeEarlyPreview(tabId: number): Promise<PagePreview> | null {
  const taken = early?.tabId === tabId ? early.preview : null;
  early = null;
  return taken;
}
