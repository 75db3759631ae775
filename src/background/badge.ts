/**
 * The toolbar badge: a check on tabs whose page is already in the reading list, and the
 * confirmation of saves made without the popup (shortcut, context menu).
 *
 * Quire holds no "tabs" permission at install, so the browser tells it a tab's address only
 * where it has access (activeTab after a click, or a granted site); elsewhere the badge stays
 * blank until the user grants the optional "tabs" permission from the options page.
 */
import { browser, t, type Tabs } from '../platform/browser';
import { loadSettings, onSettingsChanged } from '../platform/settings';
import { errorMessageKey } from '../protocol-errors';
import type { ArticleMeta } from '../core/article';

/** The saved article at an address, if any: the repository's getByUrl. */
export type SavedLookup = (url: string) => Promise<ArticleMeta | null>;

const SAVED = { text: '✓', color: '#1e7e34' };
const SAVING = { text: '…', color: '#5a5a60' };
const FAILED = { text: '!', color: '#b3261e' };
/** With the mark turned off in settings, a shortcut's confirmation still shows, this long. */
const CONFIRM_MS = 3000;

async function setBadge(tabId: number, badge: { text: string; color: string } | null, title: string | null): Promise<void> {
  // The tab may have closed meanwhile; nothing to mark then.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }),
    badge ? browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }) : undefined,
    browser.action.setTitle({ tabId, title: title ?? t('actionTitle') }),
  ]).catch(() => undefined);
}

export async function markTab(lookup: SavedLookup, tabId: number, url: string | undefined): Promise<void> {
  const { showBadge } = await loadSettings();
  const saved = showBadge && url ? await lookup(url).catch(() => null) : null;
  await setBadge(tabId, saved ? SAVED : null, saved ? t('clipBadgeSaved') : null);
}

async function markTabs(lookup: SavedLookup, query: Tabs.QueryQueryInfoType): Promise<void> {
  const tabs = await browser.tabs.query(query);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : markTab(lookup, tab.id, tab.url))));
}

/** After a save or a removal: the tabs the user can see now. */
export function refreshBadges(lookup: SavedLookup): Promise<void> {
  return markTabs(lookup, { active: true });
}

/** Runs a save made without the popup, showing progress, then success or the failure's message, on the tab's badge. */
export async function confirmOnBadge<T>(tabId: number | undefined, work: () => Promise<T>): Promise<T> {
  if (tabId === undefined) return work();
  await setBadge(tabId, SAVING, t('clipBadgeSaving'));
  try {
    const result = await work();
    await setBadge(tabId, SAVED, t('clipBadgeSaved'));
    if (!(await loadSettings()).showBadge) setTimeout(() => void setBadge(tabId, null, null), CONFIRM_MS);
    return result;
  } catch (error) {
    await setBadge(tabId, FAILED, t('clipBadgeFailed', t(errorMessageKey((error as { code?: unknown } | null)?.code))));
    throw error;
  }
}

export function registerBadge(lookup: SavedLookup): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'complete') void markTab(lookup, tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => markTab(lookup, tabId, tab.url), () => undefined);
  });
  // showBadge may have changed, or the optional "tabs" permission arrived: every tab's mark follows.
  onSettingsChanged(() => void markTabs(lookup, {}));
  browser.permissions.onAdded.addListener(() => void markTabs(lookup, {}));
}

/** Requests after which a page may have entered or left the list, so the marks need a refresh. */
const LIST_CHANGES = new Set(['page.save', 'link.save', 'articles.remove', 'articles.undoRemove', 'import.apply', 'import.commit', 'data.deleteAll']);

export function changesSavedPages(type: string): boolean {
  return LIST_CHANGES.has(type);
}
