/**
 * The setup of a test file that needs Chromium in one UI language (or its default, null):
 * the session and an options page to send requests from. It fails in one line when
 * Chromium started in another language, for want of its language files.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';

export interface ChromiumIn {
  session: ExtensionSession;
  helper: Page;
}

/** Registers the file's (or describe's) beforeAll and afterAll; the fields are set once beforeAll has run. */
export function chromiumIn(lang: string | null): ChromiumIn {
  const state = {} as ChromiumIn;
  beforeAll(async () => {
    state.session = await launchChromium(lang ? { lang } : {});
    state.helper = await state.session.openExtensionPage('options/index.html');
    const shown = await state.helper.evaluate(() => chrome.i18n.getUILanguage());
    if (lang && !shown.startsWith(lang)) throw new Error(`Chromium started in ${shown}, not ${lang}: install its languages with 'apt-get install -y chromium-l10n'.`);
  });
  afterAll(async () => {
    await state.session?.close();
  });
  return state;
}
