import { beforeEach, describe, expect, test } from 'vitest';
import type { Clip } from '../../src/core/clip';
import type { Tab } from './driver/session';
import { send, startAfresh } from './probe';
import { arabicClip, englishClip, japaneseClip } from './i18n-pages';
import { endUtterance, highlightedSentence, installSilentSpeech, spokenSoFar } from './silent-speech';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

beforeEach(() => startAfresh(suite.session));

const save = async (clip: Clip) => (await send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip })).article.id;

/** The reader on an article, its speech engine replaced by a silent one with these voices (null: the browser's own). */
async function openReader(id: string, voices: string[] | null): Promise<Tab> {
  const page = await suite.session.openExtensionPage(`reader/index.html?id=${id}`);
  await page.waitFor('html[data-listen="ready"] .reader-body');
  if (voices) await page.evaluate(installSilentSpeech, voices);
  return page;
}

const marked = (page: Tab) => expect.poll(() => page.evaluate(highlightedSentence));
const spoken = async (page: Tab) => (await page.evaluate(spokenSoFar)).map((u) => u.text);
const position = (page: Tab) => page.text('.listen-status');
const alerted = (page: Tab, pattern: RegExp) =>
  page.waitUntil((source) => new RegExp(source).test(document.querySelector('[role=alert]')?.textContent ?? ''), pattern.source);

describe(`listening to an article in ${BROWSER_TITLE}`, () => {
  test('Listen reads the title, then each sentence as the one before ends, marking the one being read', async () => {
    const page = await openReader(await save(englishClip(1)), ['en-US', 'ja-JP']);
    await page.click('.listen-play');
    await marked(page).toBe('The night train');
    expect(await position(page)).toBe('Sentence 1 of 5 · voice: Silent en-US');
    await page.evaluate(endUtterance);
    await marked(page).toBe('The train left at nine.');
    await page.evaluate(endUtterance);
    await marked(page).toBe('Nobody waved.');
    expect(await spoken(page)).toEqual(['The night train', 'The train left at nine.', 'Nobody waved.']);
    expect((await page.evaluate(spokenSoFar))[0]).toMatchObject({ lang: 'en', voice: 'Silent en-US', rate: 1 });
    expect(await page.attr('.listen-play', 'aria-pressed')).toBe('true');
    await page.close();
  });

  test('Pause stops on the sentence, N and B move the mark, and it resumes there, after a reload too', async () => {
    const id = await save(englishClip(2));
    const page = await openReader(id, ['en-US']);
    await page.press('p');
    await marked(page).toBe('The night train');
    await page.evaluate(endUtterance);
    await page.click('.listen-play');
    await page.waitUntil(() => document.querySelector('.listen-play')?.textContent?.includes('Resume'));
    await page.evaluate(endUtterance);
    expect(await spoken(page)).toEqual(['The night train', 'The train left at nine.']);
    await page.press('n');
    await page.press('n');
    await page.press('b');
    await marked(page).toBe('Nobody waved.');
    await page.button('Next sentence');
    await marked(page).toBe('It reached the coast by dawn.');
    expect(await position(page)).toMatch(/^Sentence 4 of 5/);
    await page.close();

    const again = await openReader(id, ['en-US']);
    expect(await again.text('.listen-play')).toContain('Resume');
    await again.click('.listen-play');
    await expect.poll(() => spoken(again)).toEqual(['It reached the coast by dawn.']);
    await again.close();
  });

  test('the button, Next and P in one run: the place is kept while paused, N moves it, and play picks up there', async () => {
    const page = await openReader(await save(englishClip(8)), ['en-US']);
    await page.click('.listen-play');
    await marked(page).toBe('The night train');
    await page.evaluate(endUtterance);
    await marked(page).toBe('The train left at nine.');
    expect(await position(page)).toBe('Sentence 2 of 5 · voice: Silent en-US');
    await page.button('Next sentence');
    await marked(page).toBe('Nobody waved.');
    await page.press('p');
    await page.waitUntil(() => document.querySelector('.listen-play')?.getAttribute('aria-pressed') === 'false');
    await page.evaluate(endUtterance);
    await page.press('n');
    await marked(page).toBe('It reached the coast by dawn.');
    await page.click('.listen-play');
    await expect.poll(() => spoken(page)).toEqual(['The night train', 'The train left at nine.', 'Nobody waved.', 'It reached the coast by dawn.']);
    await page.close();
  });

  test('the marked sentence is followed down the page', async () => {
    const html = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} begins here. It ends here.</p>`).join('');
    const page = await openReader(await save(englishClip(7, html)), ['en-US']);
    await page.click('.listen-play');
    for (let i = 0; i < 49; i++) await page.evaluate(endUtterance);
    await marked(page).toBe('Paragraph 25 begins here.');
    await page.waitUntil(() => {
      const { top, bottom } = ([...CSS.highlights.get('quire-listen')!][0] as Range).getBoundingClientRect();
      return scrollY > 0 && top >= 0 && bottom <= innerHeight;
    });
    await page.close();
  });

  test('the speed steps in quarters, is read at, and is kept for the next article', async () => {
    const id = await save(englishClip(3));
    const page = await openReader(id, ['en-US']);
    await page.button('Read faster');
    await page.press('=');
    await page.waitUntil(() => document.querySelector('.listen-bar .stepper-value')?.textContent === '1.5×');
    await page.click('.listen-play');
    await expect.poll(async () => (await page.evaluate(spokenSoFar))[0]?.rate).toBe(1.5);
    await page.close();
    const next = await openReader(id, ['en-US']);
    expect(await next.text('.listen-bar .stepper-value')).toBe('1.5×');
    await next.close();
  });

  test('a Japanese article is read in a Japanese voice, a sentence per 。', async () => {
    const page = await openReader(await save(japaneseClip(4)), ['en-US', 'ja-JP']);
    await page.click('.listen-play');
    await marked(page).toBe('夜行列車の静かな復活');
    await page.evaluate(endUtterance);
    await marked(page).toBe('夜行列車が長い休止の後に戻ってきた。');
    expect((await page.evaluate(spokenSoFar))[1]).toMatchObject({ lang: 'ja', voice: 'Silent ja-JP' });
    await page.close();
  });

  test('where the browser has no voice for the article’s language, it says so', async () => {
    const page = await openReader(await save(arabicClip(5)), ['en-US']);
    await page.click('.listen-play');
    await alerted(page, /no voice for Arabic/);
    expect(await page.text('[role=alert]')).toContain("Add a voice for Arabic in your system's speech settings");
    expect(await spoken(page)).toEqual([]);
    await page.close();
  });

  test('headless, the browser has no voices at all, and with its real engine Listen says so', async () => {
    const page = await openReader(await save(englishClip(6)), null);
    await page.click('.listen-play');
    await alerted(page, /no voice for English|no voice to read aloud with/);
    await page.close();
  });
});
