import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Clip } from '../../../src/core/clip';
import { arabicClip, englishClip } from '../i18n-pages';
import { endUtterance, highlightedSentence, installSilentSpeech, spokenSoFar } from '../silent-speech';
import { button } from './pages';
import { firefoxSuite } from './suite';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

const suite = firefoxSuite();

beforeEach(async () => {
  await suite.probe.send({ type: 'data.deleteAll' });
  await suite.probe.page.evaluate(() => browser.storage.local.clear());
});

const save = async (clip: Clip) => (await suite.probe.data({ type: 'page.save', tabId: 0, mode: 'article', tags: [], clip })).article.id;

async function openReader(id: string, voices: string[] | null): Promise<Page> {
  const page = await suite.session.browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  await suite.session.gotoExtensionPage(page, `reader/index.html?id=${id}`);
  await page.waitForSelector('.reader-body');
  if (voices) await page.evaluate(installSilentSpeech, voices);
  return page;
}

async function marked(page: Page, sentence: string): Promise<void> {
  await page.waitForFunction((want) => {
    const range = [...(CSS.highlights.get('quire-listen') ?? [])][0];
    return range?.toString() === want;
  }, {}, sentence);
}

const spoken = async (page: Page) => (await page.evaluate(spokenSoFar)).map((u) => u.text);

describe('listening to an article in Firefox ESR', () => {
  test('Listen reads sentence by sentence as each ends, Pause keeps the place, N moves the mark, and it resumes there', async () => {
    const page = await openReader(await save(englishClip(1)), ['en-US']);
    await page.click('.listen-play');
    await marked(page, 'The night train');
    await page.evaluate(endUtterance);
    await marked(page, 'The train left at nine.');
    expect(await page.$eval('.listen-status', (s) => s.textContent)).toBe('Sentence 2 of 5 · voice: Silent en-US');
    await (await button(page, 'Next sentence')).click();
    await marked(page, 'Nobody waved.');
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.querySelector('.listen-play')?.getAttribute('aria-pressed') === 'false');
    await page.evaluate(endUtterance);
    await page.keyboard.press('n');
    await marked(page, 'It reached the coast by dawn.');
    expect(await page.evaluate(highlightedSentence)).toBe('It reached the coast by dawn.');
    await page.click('.listen-play');
    expect(await spoken(page)).toEqual(['The night train', 'The train left at nine.', 'Nobody waved.', 'It reached the coast by dawn.']);
    expect((await page.evaluate(spokenSoFar))[0]).toMatchObject({ lang: 'en', voice: 'Silent en-US', rate: 1 });
    await page.close();
  });

  test('with no voice for the article’s language, or none at all, it says so', async () => {
    const id = await save(arabicClip(2));
    const englishOnly = await openReader(id, ['en-US']);
    await englishOnly.click('.listen-play');
    await englishOnly.waitForFunction(() => /no voice for Arabic/.test(document.querySelector('[role=alert]')?.textContent ?? ''));
    expect(await spoken(englishOnly)).toEqual([]);
    await englishOnly.close();

    const real = await openReader(id, null);
    await real.click('.listen-play');
    await real.waitForFunction(() => /no voice/.test(document.querySelector('[role=alert]')?.textContent ?? ''), { timeout: 5000 });
    await real.close();
  });
});
