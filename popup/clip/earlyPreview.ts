/**
 * The tab to clip, and its preview when the popup opens on it, asked for by the popup's first,
 * classic script as the page is parsed (popup/ask-early.ts), or else here while the popup's
 * modules are still being evaluated: the background injects and extracts while the page starts
 * and paints, instead of after two rounds of effects. The popup's entry imports this early.
 */
import { earlyTabId } from '../../src/platform/early';
import type { PagePreview } from '../../src/protocol';
import { request, unwrapReply } from '../../src/ui/client';
import { opensOnList } from '../view';
import { PREVIEW_ASKED, type PreviewAsker } from '../ask-early';

/** The preview the popup's first script asked for (popup/ask-early.ts), else asked here. */
async function askedEarly(): Promise<{ tabId: number; preview: Promise<PagePreview> } | null> {
  const asked = await window.__quireEarlyAsk?.catch(() => null);
  if (asked) return { tabId: asked.tabId, preview: unwrapReply(asked.reply) };
  const tabId = await earlyTabId();
  if (tabId === null) return null;
  const preview = request({ type: 'page.preview', tabId });
  performance.mark(PREVIEW_ASKED, { detail: 'bundle' satisfies PreviewAsker });
  return { tabId, preview };
}

let early: { tabId: number; preview: Promise<PagePreview> } | null = null;

export const tabToClip: Promise<number | null> = opensOnList()
  ? earlyTabId()
  : askedEarly().then((asked) => {
      if (!asked) return null;
      // Handled where it is taken; this keeps a failure unseen until then from being reported as unhandled.
      asked.preview.catch(() => undefined);
      early = asked;
      return asked.tabId;
    });

/** The early preview of this tab, once; null afterwards (a retry asks afresh) or for another tab. */
export function takeEarlyPreview(tabId: number): Promise<PagePreview> | null {
  const taken = early?.tabId === tabId ? early.preview : null;
  early = null;
  return taken;
}
