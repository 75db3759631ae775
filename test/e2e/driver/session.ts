/**
 * What a scenario may ask of a browser with Quire installed, whichever browser it is.
 * One driver per browser implements it (chromium.ts over CDP, firefox.ts over WebDriver
 * BiDi, both with puppeteer-core); scenarios are written once against these two types.
 */

export type BrowserName = 'chromium' | 'firefox';

/**
 * What a driver cannot do in its browser, with the reason: a scenario that needs it is skipped
 * in that browser only, and names the reason in its title.
 */
export const UNSUPPORTED: Record<BrowserName, { stopBackground?: string }> = {
  chromium: {},
  firefox: {
    stopBackground: "Firefox runs Quire's background as an event page, which neither WebDriver BiDi nor the add-on manager suspends on demand",
  },
};

/** One tab: a web page or one of Quire's pages. Selectors are CSS; buttons are named by label or text. */
export interface Tab {
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Waits until `fn`, run in the page, returns something truthy. */
  waitUntil<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): Promise<void>;
  waitFor(selector: string, options?: { visible?: boolean; timeout?: number }): Promise<void>;
  waitForText(pattern: RegExp, timeout?: number): Promise<void>;
  text(selector: string): Promise<string>;
  texts(selector: string): Promise<string[]>;
  attr(selector: string, name: string): Promise<string | null>;
  value(selector: string): Promise<string>;
  count(selector: string): Promise<number>;
  click(selector: string): Promise<void>;
  /** Clicks the first enabled button within `scope` whose label or text is exactly `name`, once there is one. */
  button(name: string, scope?: string): Promise<void>;
  /** Waits for such a button without clicking it. */
  hasButton(name: string, scope?: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Hovers and clicks, with real pointer input, each element matching that can take it, then sends each mouseover, click and focus from script. */
  touchAll(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Types into whatever has the focus. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Replaces a field's value the way a user would: select all, type. */
  fill(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  setChecked(selector: string, checked: boolean): Promise<void>;
  upload(selector: string, file: string): Promise<void>;
  /** Navigates a web page (not one of Quire's) and waits for it to load. */
  goto(url: string): Promise<void>;
  /** Loads another of Quire's pages (e.g. to reload one). */
  gotoExtension(pagePath: string): Promise<void>;
  /** Makes this the tab in front, the one the user looks at (document.visibilityState 'visible'). */
  bringToFront(): Promise<void>;
  title(): Promise<string>;
  href(): Promise<string>;
  pause(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** The extension API in an extension page: `browser` in Firefox, `chrome` in Chromium, promise-based in both. */
export type ExtensionApi = typeof chrome;

export interface Session {
  readonly name: BrowserName;
  /** Chromium's 32-letter id, or Firefox's gecko id from the manifest. */
  readonly extensionId: string;
  /** chrome-extension://… or moz-extension://…, without a trailing slash. */
  readonly origin: string;
  extensionUrl(pagePath: string): string;
  /** A new blank tab, to load a page into later. */
  newTab(): Promise<Tab>;
  /** A web page in a new tab, loaded; its dialogs are dismissed. */
  openPage(url: string): Promise<Tab>;
  /** One of Quire's pages in a new tab, loaded; any dialog it opens is dismissed and its message pushed to `dialogs`. */
  openExtensionPage(pagePath: string, dialogs?: string[]): Promise<Tab>;
  /** Runs `fn` in an extension page kept open for the purpose, with the extension API. */
  extension<T, A extends unknown[]>(fn: (api: ExtensionApi, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Runs `fn` in the background (service worker or background page) with its global scope; the result is copied as JSON. */
  background<T, A extends unknown[]>(fn: (scope: Record<string, unknown>, api: ExtensionApi, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** A tab on a browser page extensions may not read (chrome://version, about:robots): its tab id, and how to close it. */
  openRestrictedPage(): Promise<{ tabId: number; close(): Promise<void> }>;
  /** The tab, among those open, whose address contains `part`, once there is one. */
  waitForTab(part: string): Promise<Tab>;
  /** Runs `start` and returns the path of the one new download it caused, once the browser has finished writing it. */
  download(start: () => Promise<unknown>): Promise<string>;
  /**
   * Stops the background as the browser stops an idle service worker (Chromium: CDP's
   * ServiceWorker.stopAllWorkers), resolved once it has stopped; the next event starts it again.
   * Throws where UNSUPPORTED.stopBackground says why not.
   */
  stopBackground(): Promise<void>;
  /** What reached the tripwire proxy (every request not for 127.0.0.1), as "METHOD target". */
  readonly tripwireHits: string[];
  close(): Promise<void>;
}
