/**
 * "Save images for offline reading": images from other sites than the page's need the
 * optional host permission, asked for once, when the user turns this on (options page, or
 * the popup's offer after the first clip that had such images).
 */
import { browser } from '../platform/browser';
import { loadSettings, saveSettings } from '../platform/settings';

const EVERY_SITE = { origins: ['http://*/*', 'https://*/*'] };

/** Asks for access to every site (from a click: browsers require a user gesture); true when granted. */
export async function turnOnOfflineImages(): Promise<boolean> {
  const granted = await browser.permissions.request(EVERY_SITE);
  const { images } = await loadSettings();
  await saveSettings({ images: { ...images, offline: granted, offered: true } });
  return granted;
}

export async function turnOffOfflineImages(): Promise<void> {
  const { images } = await loadSettings();
  await saveSettings({ images: { ...images, offline: false, offered: true } });
}
