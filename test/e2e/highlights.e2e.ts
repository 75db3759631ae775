import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { BODY, CHANGED_BODY, drawnHighlights, PASSAGES, selectInBody } from './highlight-steps';
import { clearList, sampleClip, saveClip, send } from './reading';

let session: ExtensionSession;
let helper: Page;


beforeAll(async () => {
  session = await launchChromium();
  helper = await session.openExtensionPage('options/index.html');
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await clearList(helper);
});

async function openReader(id: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(session.extensionUrl(`reader/index.html?id=${id}`));
  await page.locator('.reader-body').waitFor();
  return page;
}

const select = (page: Page, passage: string) => page.evaluate(selectInBody, passage);

const drawn = (page: Page) => page.evaluate(drawnHighlights);

async function panelItems(page: Page): Promise<string[]> {
  return page.locator('.highlight-item').evaluateAll((items) => items.map((item) => item.querySelector('.highlight-quote')!.textContent!.trim()));
}

describe('highlights in the reader', () => {
  test('three passages highlighted from the toolbar and the keyboard, with a note, are in place after a reload; after the body changes they are placed again or shown as not placed', async () => {
    const { article } = await saveClip(helper, sampleClip(1, { html: BODY }));
    const page = await openReader(article.id);
    await select(page, PASSAGES[0]!);
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).waitFor();
    await page.getByRole('button', { name: 'Highlight in green' }).click();
    await page.locator('.highlight-item').first().waitFor();
    await select(page, PASSAGES[1]!);
    await page.keyboard.press('KeyH');
    await expect.poll(() => panelItems(page)).toHaveLength(2);
    await select(page, PASSAGES[2]!);
    await page.getByRole('button', { name: 'Add a note' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('highlight-note');
    await page.keyboard.type('Two years of detours');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await send(helper, { type: 'highlights.list', articleId: article.id })).map((h) => h.note)).toContain('Two years of detours');

    await page.reload();
    await page.locator('.highlight-item').nth(2).waitFor();
    expect(await panelItems(page)).toEqual(PASSAGES);
    expect(await drawn(page)).toMatchObject({ 'quire-green': [PASSAGES[0]], 'quire-yellow': [PASSAGES[1], PASSAGES[2]] });
    await expect(page.locator('.highlight-note').nth(2).inputValue()).resolves.toBe('Two years of detours');
    await page.close();

    const changed = CHANGED_BODY;
    await send(helper, { type: 'articles.replaceContent', id: article.id, clip: sampleClip(1, { html: changed }) });
    const after = await openReader(article.id);
    await after.locator('.highlight-item').nth(2).waitFor();
    const colours = await drawn(after);
    expect(colours['quire-green']).toEqual([PASSAGES[0]]);
    expect(colours['quire-yellow']).toEqual(['cycle lanes will run along Main Street']);
    await expect(after.locator('.highlight-item .unplaced').textContent()).resolves.toBe(`Could not be placed: ${PASSAGES[2]}`);
    expect(await send(helper, { type: 'highlights.list', articleId: article.id })).toHaveLength(3);
    await after.close();
  });

  test('a highlight clicked in the panel scrolls to it, and one removed comes back with undo', async () => {
    const { article } = await saveClip(helper, sampleClip(2, { html: `${'<p>Filler paragraph to scroll past.</p>'.repeat(80)}${BODY}` }));
    const page = await openReader(article.id);
    await select(page, PASSAGES[1]!);
    await page.keyboard.press('KeyH');
    await page.locator('.highlight-item').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: `Go to “${PASSAGES[1]}” in the article` }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.getByRole('button', { name: `Remove the highlight “${PASSAGES[1]}”` }).click();
    await expect.poll(() => panelItems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo removing the highlight' }).click();
    await expect.poll(() => panelItems(page)).toEqual([PASSAGES[1]]);
    await page.close();
  });

  test('exported as Markdown and Quire JSON, and the JSON imported into a fresh profile: identical highlights', async () => {
    const { article } = await saveClip(helper, sampleClip(3, { html: BODY }));
    const page = await openReader(article.id);
    for (const passage of PASSAGES) {
      await select(page, passage);
      await page.keyboard.press('KeyH');
    }
    await expect.poll(() => panelItems(page)).toHaveLength(3);
    await page.locator('.highlight-note').first().fill('Widen it');
    await page.locator('.highlight-note').first().blur();
    await expect.poll(async () => (await send(helper, { type: 'highlights.list', articleId: article.id })).some((h) => h.note === 'Widen it')).toBe(true);
    await page.close();
    const before = await send(helper, { type: 'highlights.list', articleId: article.id });

    const options = await session.openExtensionPage('options/index.html');
    const download = async (format: string) => {
      await options.selectOption('#export-format', format);
      const [file] = (await Promise.all([options.waitForEvent('download'), options.click('#export-button')])) as [Download, void];
      return readFile((await file.path())!, 'utf8');
    };
    const markdown = await download('markdown-highlights');
    expect(markdown).toContain(`> ${PASSAGES[0]}\n\n**Note:** Widen it`);
    const json = await download('quire-json');
    await options.close();

    const fresh = await launchChromium();
    try {
      const importer = await fresh.openExtensionPage('options/index.html');
      await importer.setInputFiles('#import-file', { name: 'quire.json', mimeType: 'application/json', buffer: Buffer.from(json) });
      await expect.poll(() => importer.locator('[data-count="highlights"]').textContent()).toBe('Highlights and notes coming in: 3');
      await importer.click('#import-apply');
      await expect.poll(() => importer.locator('#import-status').textContent()).toContain('Imported:');
      expect(await send(importer, { type: 'highlights.list', articleId: article.id })).toEqual(before);
    } finally {
      await fresh.close();
    }
  });
});
