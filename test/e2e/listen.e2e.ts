import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumIn } from './chromium-in';
import { clearList, saveClip } from './reading';
import { arabicClip, englishClip, japaneseClip } from './i18n-pages';
import { endUtterance, highlightedSentence, installSilentSpeech, spokenSoFar } from './silent-speech';

const chromium = chromiumIn(null);

beforeEach(async () => {
  await clearList(chromium.helper);
  await chromium.helper.evaluate(() => chrome.storage.local.clear());
});

async function openReader(id: string, voices: string[] | null): Promise<Page> {
  const page = await chromium.session.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(chromium.session.extensionUrl(`reader/index.html?id=${id}`));
  await page.locator('.reader-body').waitFor();
  if (voices) await page.evaluate(installSilentSpeech, voices);
  return page;
}

const playButton = (page: Page) => page.locator('.listen-play');
const spoken = async (page: Page) => (await page.evaluate(spokenSoFar)).map((u) => u.text);
const position = (page: Page) => page.locator('.listen-status').textContent();

describe('listening to an article in Chromium', () => {
  test('Listen reads the title, then each sentence as the one before ends, marking the one being read', async () => {
    const { article } = await saveClip(chromium.helper, englishClip(1));
    const page = await openReader(article.id, ['en-US', 'ja-JP']);
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('The night train');
    await expect(position(page)).resolves.toBe('Sentence 1 of 5 · voice: Silent en-US');
    await page.evaluate(endUtterance);
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('The train left at nine.');
    await page.evaluate(endUtterance);
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('Nobody waved.');
    expect(await spoken(page)).toEqual(['The night train', 'The train left at nine.', 'Nobody waved.']);
    expect((await page.evaluate(spokenSoFar))[0]).toMatchObject({ lang: 'en', voice: 'Silent en-US', rate: 1 });
    await expect(playButton(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.close();
  });

  test('Pause stops on the sentence, N and B move the mark, and it resumes there, after a reload too', async () => {
    const { article } = await saveClip(chromium.helper, englishClip(2));
    const page = await openReader(article.id, ['en-US']);
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('The night train');
    await page.evaluate(endUtterance);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(playButton(page).textContent()).resolves.toContain('Resume');
    await page.evaluate(endUtterance);
    expect(await spoken(page)).toEqual(['The night train', 'The train left at nine.']);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('b');
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('Nobody waved.');
    await page.getByRole('button', { name: 'Next sentence' }).click();
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('It reached the coast by dawn.');
    await expect(position(page)).resolves.toMatch(/^Sentence 4 of 5/);
    await page.close();

    const again = await openReader(article.id, ['en-US']);
    await again.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => spoken(again)).toEqual(['It reached the coast by dawn.']);
    await again.close();
  });

  test('the marked sentence is followed down the page', async () => {
    const html = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} begins here. It ends here.</p>`).join('');
    const { article } = await saveClip(chromium.helper, englishClip(7, html));
    const page = await openReader(article.id, ['en-US']);
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    for (let i = 0; i < 49; i++) await page.evaluate(endUtterance);
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('Paragraph 25 begins here.');
    const shown = () => page.evaluate(() => {
      const { top, bottom } = ([...CSS.highlights.get('quire-listen')!][0] as Range).getBoundingClientRect();
      return scrollY > 0 && top >= 0 && bottom <= innerHeight;
    });
    await expect.poll(shown).toBe(true);
    await page.close();
  });

  test('the speed steps in quarters, is read at, and is kept for the next article', async () => {
    const { article } = await saveClip(chromium.helper, englishClip(3));
    const page = await openReader(article.id, ['en-US']);
    await page.getByRole('button', { name: 'Read faster' }).click();
    await page.keyboard.press('=');
    await expect(page.locator('.listen-bar .stepper-value').textContent()).resolves.toBe('1.5×');
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(async () => (await page.evaluate(spokenSoFar))[0]?.rate).toBe(1.5);
    await page.close();
    const next = await openReader(article.id, ['en-US']);
    await expect(next.locator('.listen-bar .stepper-value').textContent()).resolves.toBe('1.5×');
    await next.close();
  });

  test('a Japanese article is read in a Japanese voice, a sentence per 。', async () => {
    const { article } = await saveClip(chromium.helper, japaneseClip(4));
    const page = await openReader(article.id, ['en-US', 'ja-JP']);
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await page.evaluate(endUtterance);
    await expect.poll(() => page.evaluate(highlightedSentence)).toBe('夜行列車が長い休止の後に戻ってきた。');
    expect((await page.evaluate(spokenSoFar))[1]).toMatchObject({ lang: 'ja', voice: 'Silent ja-JP' });
    await page.close();
  });

  test('where the browser has no voice for the article’s language, it says so', async () => {
    const { article } = await saveClip(chromium.helper, arabicClip(5));
    const withEnglishOnly = await openReader(article.id, ['en-US']);
    await withEnglishOnly.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect(withEnglishOnly.getByRole('alert').filter({ hasText: 'no voice for Arabic' }).textContent()).resolves.toContain(
      "Add a voice for Arabic in your system's speech settings",
    );
    expect(await spoken(withEnglishOnly)).toEqual([]);
    await withEnglishOnly.close();
  });

  test('headless Chromium has no voices at all, and the real engine says so', async () => {
    const { article } = await saveClip(chromium.helper, englishClip(6));
    const page = await openReader(article.id, null);
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/no voice for English|no voice to read aloud with/);
    await page.close();
  });
});
