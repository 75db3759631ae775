/** Reaching the popup from a test: the page in a tab, then the popup as a tab pointed at it. */
import type { Session, Tab } from './driver/session';
import { tabIdOf } from './probe';

export interface PopupOn {
  web: Tab;
  popup: Tab;
  tabId: number;
  close(): Promise<void>;
}

export async function popupOn(session: Session, url: string): Promise<PopupOn> {
  const web = await session.openPage(url);
  const tabId = await tabIdOf(session, url);
  const popup = await session.openExtensionPage(`popup/index.html?tabId=${tabId}`);
  return { web, popup, tabId, close: async () => void (await Promise.all([web.close(), popup.close()])) };
}

/** Waits until the popup's tags field has the focus, so a keyboard user types tags straight away. */
export const tagsFocused = (popup: Tab) => popup.waitUntil(() => document.activeElement?.id === 'clip-tags');

/**
 * The popup's own list, once it answers: until then #app may hold the inert snapshot of the
 * list's first screen (popup/snapshot.ts), whose rows can be those of an older list.
 */
export const LIVE_LIST = '#app:not([inert]) .list-view';
