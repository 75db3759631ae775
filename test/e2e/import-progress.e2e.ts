/**
 * A long import in the options page: the bar follows the background's write, and an
 * options page opened meanwhile shows the import still running, then how it ended.
 * What the pages show, in order; no time is measured.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, type ExtensionSession } from './harness';
import { pocketCsv } from '../pages/bench-io-data';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** Runs in the page: every value the import bar takes, in order. */
function recordBar(): void {
  const values: number[] = [];
  (window as unknown as { barValues: number[] }).barValues = values;
  new MutationObserver(() => {
    const bar = document.getElementById('import-progress') as HTMLProgressElement | null;
    if (bar?.hasAttribute('value') && values.at(-1) !== bar.value) values.push(bar.value);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
}

test('the bar follows a 20,000-row import as it is written, and a page opened meanwhile shows it running, then done', async () => {
  const page = await session.context.newPage();
  await page.addInitScript(recordBar);
  await page.goto(session.extensionUrl('options/index.html'));
  await page.setInputFiles('#import-file', { name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(pocketCsv(20_000)) });
  await page.click('#import-apply');

  const reopened = await session.openExtensionPage('options/index.html');
  await reopened.locator('#import-progress').waitFor();
  await expect(reopened.locator('label[for="import-progress"]').textContent()).resolves.toBe('Saving to your list…');
  await expect(reopened.locator('#import-file').isDisabled()).resolves.toBe(true);
  await expect.poll(() => reopened.locator('#import-status').textContent(), { timeout: 60_000 }).toContain('Imported: 20000 new articles');

  await expect.poll(() => page.locator('#import-status').textContent(), { timeout: 60_000 }).toContain('Imported: 20000 new articles');
  const values = await page.evaluate(() => (window as unknown as { barValues: number[] }).barValues);
  // The write's own steps, after the parsing's: values rising from the start of the write to its end.
  const writing = values.slice(values.lastIndexOf(0));
  expect(writing.filter((v) => v > 0 && v < 1).length).toBeGreaterThanOrEqual(3);
  expect(writing).toEqual([...writing].sort((a, b) => a - b));
});
