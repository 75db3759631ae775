import { beforeAll, describe, expect, test } from 'vitest';
import type { Session, Tab } from './driver/session';
import { LIVE_LIST } from './popup';
import { send } from './probe';
import { sampleClip } from './reading';
import type { Clip } from '../../src/core/clip';
import { arabicClip, articleLocaleShown, brandSide, builtMessages, groupNames, pageLocale } from './i18n-pages';
import { BROWSER, BROWSER_TITLE, useSuite } from './suite';

const BUILD = BROWSER === 'firefox' ? 'dist/firefox-test' : 'dist/chrome-test';

const save = async (session: Session, clip: Clip) => (await send(session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip })).article.id;

async function open(session: Session, pagePath: string, ready: string): Promise<Tab> {
  const tab = await session.openExtensionPage(pagePath);
  await tab.waitFor(ready);
  return tab;
}

for (const { lang, dir, brand } of [
  { lang: 'ar', dir: 'rtl', brand: 'right' },
  { lang: 'ja', dir: 'ltr', brand: 'left' },
] as const) {
  describe(`Quire in ${BROWSER_TITLE} with its UI in ${lang}`, () => {
    const suite = useSuite(undefined, { lang });
    let messages: Record<string, string> = {};
    const say = (key: string) => messages[key] ?? `(no ${key} message)`;
    beforeAll(() => {
      messages = builtMessages(BUILD, lang);
    });

    test(`the options page and the popup show the ${lang} strings, laid out ${dir}`, async () => {
      const english = builtMessages(BUILD, 'en');
      for (const key of ['popupTabList', 'readerDisplay', 'readerListen']) expect(messages[key], key).not.toBe(english[key]);
      const options = await open(suite.session, 'options/index.html', 'h1');
      expect(await options.text('h1')).toBe(say('optionsTitle'));
      expect(await options.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      await options.close();
      await save(suite.session, sampleClip(1, { title: 'The night train' }));
      const popup = await open(suite.session, 'popup/index.html?view=list', `${LIVE_LIST} .rows .row-title bdi`);
      expect(await popup.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      expect(await popup.texts('[role=tab]')).toContain(say('popupTabList'));
      expect(await popup.text('.rows .row-title bdi')).toBe('The night train');
      await popup.close();
    });

    test(`the reader's controls are in ${lang} and ${dir}, around an English article that stays ltr`, async () => {
      const id = await save(suite.session, sampleClip(2, { title: 'Another train' }));
      const reader = await open(suite.session, `reader/index.html?id=${id}`, '.reader-body');
      expect(await reader.evaluate(pageLocale)).toEqual({ lang, dir, direction: dir });
      expect((await reader.text('.listen-play')).trim()).toBe(`▶ ${say('readerListen')}`);
      await reader.button(say('readerDisplay'));
      await reader.waitUntil((want: number) => document.querySelectorAll('[role=group][aria-labelledby]').length >= want, 4);
      const groups = await reader.evaluate(groupNames);
      for (const key of ['readerFontSize', 'readerLineWidth', 'readerLineHeight', 'readerListenSpeed']) expect(groups, key).toContain(say(key));
      expect(await reader.evaluate(brandSide)).toBe(brand);
      expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
      await reader.close();
    });
  });
}

describe(`Arabic articles in ${BROWSER_TITLE} with its UI in English`, () => {
  const suite = useSuite();

  test('an Arabic article reads right to left inside the left-to-right reader', async () => {
    const reader = await open(suite.session, `reader/index.html?id=${await save(suite.session, arabicClip(3))}`, '.reader-body');
    expect(await reader.evaluate(pageLocale)).toEqual({ lang: 'en', dir: 'ltr', direction: 'ltr' });
    expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    expect(await reader.evaluate(brandSide)).toBe('left');
    expect(await reader.attr('.reader-title', 'dir')).toBe('auto');
    await reader.close();
  });

  test('an Arabic article whose page declared no language or direction is recognized by its script', async () => {
    const reader = await open(suite.session, `reader/index.html?id=${await save(suite.session, arabicClip(4, false))}`, '.reader-body');
    expect(await reader.evaluate(articleLocaleShown)).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    expect(await reader.evaluate(brandSide)).toBe('left');
    await reader.close();
  });

  test('in the list, an Arabic title is isolated from the English around it', async () => {
    const list = await open(suite.session, 'popup/index.html?view=list', `${LIVE_LIST} .rows .row-title bdi`);
    const isolation = await list.evaluate(() =>
      [...document.querySelectorAll('.rows .row-title bdi')].filter((bdi) => bdi.textContent?.includes('قطار الليل')).map((bdi) => getComputedStyle(bdi).unicodeBidi),
    );
    expect(isolation).toEqual(['isolate', 'isolate']);
    await list.close();
  });
});
