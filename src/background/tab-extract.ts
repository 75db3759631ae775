/**
 * Reading a tab: inject the extraction script on demand (activeTab, or host access),
 * call its global, and turn every way this can fail into a reason the popup can explain.
 */
import { browser, t } from '../platform/browser';
import type { ExtractResult } from '../core/clip';
import type { ContentMode } from '../content/api';
import { FAILURE_MESSAGE_KEYS, type PreviewFailureReason } from '../protocol-errors';
import { isRestrictedUrl } from './restricted';
import { TimeoutError, withTimeout } from './timeout';

export const EXTRACT_TIMEOUT_MS = 5000;

export type TabExtract =
  | { ok: true; clip: Extract<ExtractResult, { ok: true }>['clip'] }
  | { ok: false; reason: PreviewFailureReason; message: string };

export function failure(reason: PreviewFailureReason): TabExtract {
  return { ok: false, reason, message: t(FAILURE_MESSAGE_KEYS[reason]) };
}

async function callExtractor(tabId: number, mode: ContentMode): Promise<ExtractResult | null> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (m: ContentMode) => window.__quireExtract?.(m) ?? null,
    args: [mode],
  });
  return (injection?.result as ExtractResult | null | undefined) ?? null;
}

/** Injects the script, which answers with the article as the injection's result (src/content/index.ts). */
async function injectScript(tabId: number): Promise<ExtractResult | null> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  return (injection?.result as ExtractResult | null | undefined) ?? null;
}

const NOT_LOADED: ExtractResult = { ok: false, reason: 'error', message: 'The extraction script did not load.' };

/**
 * The article, the popup's preview, is one executeScript: the script injected (again, when the
 * popup opened twice on the tab: it only defines its globals anew) answers with it. Another mode
 * calls the script's global, injecting the script first when the tab holds none; that injection
 * extracts the article too, unused (the page text and the selection come from the context menu
 * or the popup's second choice, once per click).
 */
async function runInTab(tabId: number, mode: ContentMode): Promise<ExtractResult> {
  if (mode === 'article') return (await injectScript(tabId)) ?? NOT_LOADED;
  const ready = await callExtractor(tabId, mode);
  if (ready) return ready;
  await injectScript(tabId);
  return (await callExtractor(tabId, mode)) ?? NOT_LOADED;
}

/** Errors the browser gives when it refuses to let an extension into a page. */
const REFUSED = /cannot access|cannot be scripted|extensions gallery|missing host permission|permission to access|no tab with id|frame with id 0 is showing error page/i;

export async function pageIsRestricted(url: string): Promise<boolean> {
  const fileAccess = url.startsWith('file:') ? await browser.extension.isAllowedFileSchemeAccess() : false;
  return isRestrictedUrl(url, fileAccess);
}

export async function extractFromTab(tabId: number, url: string, mode: ContentMode, timeoutMs = EXTRACT_TIMEOUT_MS): Promise<TabExtract> {
  if (await pageIsRestricted(url)) return failure('restricted');
  try {
    const result = await withTimeout(runInTab(tabId, mode), timeoutMs);
    return result.ok ? result : failure(result.reason);
  } catch (error) {
    if (error instanceof TimeoutError) return failure('timeout');
    if (REFUSED.test(String((error as Error).message ?? error))) return failure('restricted');
    return failure('error');
  }
}
