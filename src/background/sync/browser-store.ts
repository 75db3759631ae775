/** Sync's KeyValueStore over browser.storage.local. */
import { browser } from '../../platform/browser';
import type { KeyValueStore } from './store';

export const browserStore: KeyValueStore = {
  get: async <T>(key: string) => (await browser.storage.local.get(key))[key] as T | undefined,
  set: (key, value) => browser.storage.local.set({ [key]: value }),
  remove: (key) => browser.storage.local.remove(key),
};
