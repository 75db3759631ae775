import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sampleClip } from '../reading';
import { arabicClip, articleLocaleShown, brandSide, builtMessages, pageLocale } from '../i18n-pages';
import { launchFirefox, type FirefoxSession } from './harness';
import { openProbe, type Probe } from './pages';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

/** Firefox asked for one UI language (intl.locale.requested); fails in one line when its language pack is missing. */
function inLanguage(lang: string | null) {
  const state = {} as { session: FirefoxSession; probe: Probe; messages: Record<string, string>; save: (clip: ReturnType<typeof sampleClip>) => Promise<string> };
  beforeAll(async () => {
    state.messages = builtMessages('dist/firefox-test', lang ?? 'en');
    state.session = await launchFirefox(lang ? { lang } : {});
    state.probe = await openProbe(state.session);
    const shown = await state.probe.page.evaluate(() => browser.i18n.getUILanguage());
    if (lang && !shown.startsWith(lang)) throw new Error(`Firefox started in ${shown}, not ${lang}: install its language pack with 'apt-get install -y firefox-esr-l10n-${lang}'.`);
    state.save = async (clip) => (await state.probe.data({ type: 'page.save', tabId: 0, mode: 'article', tags: [], clip })).article.id;
  });
  afterAll(async () => {
    await state.session?.close();
  });
  return state;
}

async function open(session: FirefoxSession, pagePath: string, ready: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  await session.gotoExtensionPage(page, pagePath);
  await page.waitForSelector(ready);
  return page;
}

const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent?.trim());

for (const { lang, dir, brand } of [
  { lang: 'ar', dir: 'rtl', brand: 'right' },
  { lang: 'ja', dir: 'ltr', brand: 'left' },
] as const) {
  describe(`Quire in Firefox ESR with intl.locale.requested = ${lang}`, () => {
    const state = inLanguage(lang);

    test(`the options page and the popup show the ${lang} strings, laid out ${dir}`, async () => {
      const english = builtMessages('dist/firefox-test', 'en');
      for (const key of ['popupTabList', 'readerDisplay', 'readerListen']) expect(state.messages[key], key).not.toBe(english[key]);
      const options = state.probe.page;
      expect(await text(options, 'h1')).toBe(state.messages.optionsTitle);
      expect(await options.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      await state.save(sampleClip(1, { title: 'The night train' }));
      const popup = await open(state.session, 'popup/index.html?view=list', '.rows .row-title bdi');
      expect(await popup.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      expect(await popup.$$eval('[role=tab]', (tabs) => tabs.map((tab) => tab.textContent))).toContain(state.messages.popupTabList);
      await popup.close();
    });

    test(`the reader's controls are in ${lang} and ${dir}, around an English article that stays ltr`, async () => {
      const id = await state.save(sampleClip(2, { title: 'Another train' }));
      const reader = await open(state.session, `reader/index.html?id=${id}`, '.reader-body');
      expect(await reader.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      expect(await text(reader, '.display-toggle')).toBe(state.messages.readerDisplay);
      expect(await text(reader, '.listen-play')).toBe(`▶ ${state.messages.readerListen}`);
      expect(await reader.evaluate(brandSide)).toBe(brand);
      expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
      await reader.close();
    });
  });
}

describe('Arabic articles in Firefox ESR with its UI in English', () => {
  const state = inLanguage(null);

  test('an Arabic article reads right to left inside the left-to-right reader, declared or not', async () => {
    for (const declared of [true, false]) {
      const id = await state.save(arabicClip(declared ? 3 : 4, declared));
      const reader = await open(state.session, `reader/index.html?id=${id}`, '.reader-body');
      expect(await reader.evaluate(pageLocale)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
      expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
      expect(await reader.evaluate(brandSide)).toBe('left');
      await reader.close();
    }
  });

  test('in the list, an Arabic title is isolated from the English around it', async () => {
    const list = await open(state.session, 'popup/index.html?view=list', '.rows .row-title bdi');
    const isolation = await list.$$eval('.rows .row-title bdi', (titles) =>
      titles.filter((bdi) => bdi.textContent?.includes('قطار الليل')).map((bdi) => getComputedStyle(bdi).unicodeBidi),
    );
    expect(isolation).toEqual(['isolate', 'isolate']);
    await list.close();
  });
});
