import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { sampleClip, saveClip } from './reading';
import { arabicClip, articleLocaleShown, brandSide, builtMessages, pageLocale } from './i18n-pages';

/** Chromium in one UI language, with one article saved; fails in one line when Chromium has no files for that language. */
function inLanguage(lang: string) {
  const state = {} as { session: ExtensionSession; helper: Page; articleId: string; messages: Record<string, string> };
  beforeAll(async () => {
    state.messages = builtMessages('dist/chrome-test', lang);
    state.session = await launchChromium({ lang });
    state.helper = await state.session.openExtensionPage('options/index.html');
    const shown = await state.helper.evaluate(() => chrome.i18n.getUILanguage());
    if (!shown.startsWith(lang)) throw new Error(`Chromium started in ${shown}, not ${lang}: install its languages with 'apt-get install -y chromium-l10n'.`);
    state.articleId = (await saveClip(state.helper, sampleClip(1, { title: 'The night train' }))).article.id;
  });
  afterAll(async () => {
    await state.session?.close();
  });
  return state;
}

async function open(session: ExtensionSession, pagePath: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(session.extensionUrl(pagePath));
  return page;
}

for (const { lang, dir, brand } of [
  { lang: 'ar', dir: 'rtl', brand: 'right' },
  { lang: 'ja', dir: 'ltr', brand: 'left' },
] as const) {
  describe(`Quire in Chromium with its UI in ${lang}`, () => {
    const state = inLanguage(lang);

    test(`the options page and the popup show the ${lang} strings, laid out ${dir}`, async () => {
      const options = state.helper;
      await expect(options.locator('h1').textContent()).resolves.toBe(state.messages.optionsTitle);
      expect(await options.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      const popup = await open(state.session, 'popup/index.html?view=list');
      await popup.getByRole('tab', { name: state.messages.popupTabList }).waitFor();
      expect(await popup.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      await expect(popup.locator('.rows .row-title bdi').textContent()).resolves.toBe('The night train');
      await popup.close();
    });

    test(`the reader's controls are in ${lang} and ${dir}, around an English article that stays ltr`, async () => {
      const reader = await open(state.session, `reader/index.html?id=${state.articleId}`);
      await reader.locator('.reader-body').waitFor();
      expect(await reader.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      await reader.getByRole('button', { name: state.messages.readerDisplay }).waitFor();
      await reader.getByRole('button', { name: state.messages.readerListen, exact: true }).waitFor();
      expect(await reader.evaluate(brandSide)).toBe(brand);
      expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
      await reader.close();
    });
  });
}

describe('Arabic articles in Chromium with its UI in English', () => {
  let session: ExtensionSession;
  let helper: Page;
  beforeAll(async () => {
    session = await launchChromium();
    helper = await session.openExtensionPage('options/index.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  test('an Arabic article reads right to left inside the left-to-right reader', async () => {
    const { article } = await saveClip(helper, arabicClip(2));
    const reader = await open(session, `reader/index.html?id=${article.id}`);
    await reader.locator('.reader-body').waitFor();
    expect(await reader.evaluate(pageLocale)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
    expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    expect(await reader.evaluate(brandSide)).toBe('left');
    await expect(reader.locator('.reader-title').getAttribute('dir')).resolves.toBe('auto');
    await reader.close();
  });

  test('an Arabic article whose page declared no language or direction is recognized by its script', async () => {
    const { article } = await saveClip(helper, arabicClip(3, false));
    const reader = await open(session, `reader/index.html?id=${article.id}`);
    await reader.locator('.reader-body').waitFor();
    expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    await reader.close();
  });

  test('in the list, an Arabic title is isolated from the English around it', async () => {
    const list = await open(session, 'popup/index.html?view=list');
    const title = list.locator('.rows .row-title bdi').filter({ hasText: 'قطار الليل' }).first();
    await expect(title.evaluate((bdi) => getComputedStyle(bdi).unicodeBidi)).resolves.toBe('isolate');
    await list.close();
  });
});
