import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { chromiumIn } from './chromium-in';
import { sampleClip, saveClip } from './reading';
import { arabicClip, articleLocaleShown, brandSide, builtMessages, pageLocale } from './i18n-pages';

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
    const state = chromiumIn(lang);
    let articleId = '';
    let messages: Record<string, string> = {};
    beforeAll(async () => {
      messages = builtMessages('dist/chrome-test', lang);
      articleId = (await saveClip(state.helper, sampleClip(1, { title: 'The night train' }))).article.id;
    });

    test(`the options page and the popup show the ${lang} strings, laid out ${dir}`, async () => {
      const english = builtMessages('dist/chrome-test', 'en');
      for (const key of ['popupTabList', 'readerDisplay', 'readerListen']) expect(messages[key], key).not.toBe(english[key]);
      const options = state.helper;
      await expect(options.locator('h1').textContent()).resolves.toBe(messages.optionsTitle);
      expect(await options.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      const popup = await open(state.session, 'popup/index.html?view=list');
      await popup.getByRole('tab', { name: messages.popupTabList }).waitFor();
      expect(await popup.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      await expect(popup.locator('.rows .row-title bdi').textContent()).resolves.toBe('The night train');
      await popup.close();
    });

    test(`the reader's controls are in ${lang} and ${dir}, around an English article that stays ltr`, async () => {
      const reader = await open(state.session, `reader/index.html?id=${articleId}`);
      await reader.locator('.reader-body').waitFor();
      expect(await reader.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      await reader.getByRole('button', { name: messages.readerDisplay }).waitFor();
      await reader.getByRole('button', { name: messages.readerListen, exact: true }).waitFor();
      await reader.getByRole('button', { name: messages.readerDisplay }).click();
      for (const key of ['readerFontSize', 'readerLineWidth', 'readerLineHeight', 'readerListenSpeed']) {
        await reader.getByRole('group', { name: messages[key], exact: true }).waitFor({ timeout: 2000 });
      }
      expect(await reader.evaluate(brandSide)).toBe(brand);
      expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
      await reader.close();
    });
  });
}

describe('Arabic articles in Chromium with its UI in English', () => {
  const state = chromiumIn(null);

  test('an Arabic article reads right to left inside the left-to-right reader', async () => {
    const { article } = await saveClip(state.helper, arabicClip(2));
    const reader = await open(state.session, `reader/index.html?id=${article.id}`);
    await reader.locator('.reader-body').waitFor();
    expect(await reader.evaluate(pageLocale)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
    expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    expect(await reader.evaluate(brandSide)).toBe('left');
    await expect(reader.locator('.reader-title').getAttribute('dir')).resolves.toBe('auto');
    await reader.close();
  });

  test('an Arabic article whose page declared no language or direction is recognized by its script', async () => {
    const { article } = await saveClip(state.helper, arabicClip(3, false));
    const reader = await open(state.session, `reader/index.html?id=${article.id}`);
    await reader.locator('.reader-body').waitFor();
    expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    await reader.close();
  });

  test('in the list, an Arabic title is isolated from the English around it', async () => {
    const list = await open(state.session, 'popup/index.html?view=list');
    const title = list.locator('.rows .row-title bdi').filter({ hasText: 'قطار الليل' }).first();
    await expect(title.evaluate((bdi) => getComputedStyle(bdi).unicodeBidi)).resolves.toBe('isolate');
    await list.close();
  });
});
