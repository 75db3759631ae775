/** Reaching the popup from a test: the page in a tab, then the popup as a tab pointed at it. */
import type { Session, Tab } from './driver/session';
import { tabIdOf } from './probe';

export interface PopupOn {
  web: Tab;
  popup: Tab;
  tabId: number;
  close(): Promise<void>;
}

/** `prepare` runs on the page before the popup opens (to select text there, say). */
export async function popupOn(session: Session, url: string, prepare?: (web: Tab) => Promise<unknown>): Promise<PopupOn> {
  const web = await session.openPage(url);
  await prepare?.(web);
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

/**
 * Holds a read-write transaction on the list's articles open from `page` (an extension page)
 * until `release`: the popup's own IndexedDB read waits behind it, so its snapshot stays in
 * place for as long as a test needs, without any timing.
 */
export async function holdArticles(page: Tab): Promise<{ release(): Promise<void> }> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('quire');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('articles', 'readwrite').objectStore('articles');
          const scope = window as { quireHeld?: boolean };
          scope.quireHeld = true;
          const spin = () => {
            if (scope.quireHeld) store.get('none').onsuccess = spin;
            else open.result.close();
          };
          spin();
          resolve();
        };
      }),
  );
  return { release: () => page.evaluate(() => void ((window as { quireHeld?: boolean }).quireHeld = false)) };
}
