/**
 * The one place that imports webextension-polyfill, so every context gets the same
 * promise-based `browser` in Chrome and Firefox, and tests know where to look.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus, Scripting, Permissions } from 'webextension-polyfill';
export { browser };

/** A translated UI string from _locales; the key itself when it is missing, so a gap shows instead of a blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
